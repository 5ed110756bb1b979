import { useMemo } from 'react';
import { coachObjectiveCard, type CoachKeyResult, type CoachObjective } from '@shared/domain/coach';
import type { Cycle } from '@shared/domain/model';
import { FindingsBadge } from './FindingsBadge';

export interface Props {
  objective: CoachObjective;
  keyResults: readonly CoachKeyResult[];
  cycle?: Pick<Cycle, 'id' | 'start' | 'end' | 'state' | 'kind'> | null;
  expandable?: boolean;
  /** Only these rules (by id); default: everything a card can tell from itself. */
  rules?: readonly string[];
}

/**
 * The coach's findings about one objective as shown on a card or a node: its wording, its key
 * results' wording and the shape of the set. Titles are read once each (the coach remembers
 * them), so a card re-rendering costs little.
 */
export function ObjectiveFindingsBadge({ objective, keyResults, cycle, expandable, rules }: Props) {
  const findings = useMemo(
    () => coachObjectiveCard(objective, keyResults, { cycle: cycle ?? null, rules }),
    [objective, keyResults, cycle, rules],
  );
  return <FindingsBadge findings={findings} expandable={expandable} />;
}
