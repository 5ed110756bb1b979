import { useMemo } from 'react';
import { coachObjectiveCard, type CoachKeyResult, type CoachObjective } from '@shared/domain/coach';
import type { Cycle } from '@shared/domain/model';
import { FindingsBadge } from './FindingsBadge';
import { useIdleValue } from './useIdleValue';
import { useLanguageReady } from './useLanguageReady';

export interface Props {
  objective: CoachObjective;
  keyResults: readonly CoachKeyResult[];
  cycle?: Pick<Cycle, 'id' | 'start' | 'end' | 'state' | 'kind'> | null;
  expandable?: boolean;
  /** Only these rules (by id); default: everything a card can tell from itself. */
  rules?: readonly string[];
}

type Input = Pick<Props, 'objective' | 'keyResults' | 'cycle' | 'rules'>;

const findingsOf = ({ objective, keyResults, cycle, rules }: Input) =>
  coachObjectiveCard(objective, keyResults, { cycle: cycle ?? null, rules });

/**
 * The coach's findings about one objective as shown on a card or a node: its wording, its key
 * results' wording and the shape of the set. Titles are read once each (the coach remembers
 * them), so a card re-rendering costs little; the first reading waits until the cards have
 * painted, and the badge follows them a frame later.
 */
export function ObjectiveFindingsBadge({ objective, keyResults, cycle, expandable, rules }: Props) {
  const ready = useLanguageReady('later');
  const input = useMemo(
    () => (ready ? { objective, keyResults, cycle, rules } : null),
    [ready, objective, keyResults, cycle, rules],
  );
  const findings = useIdleValue(input, findingsOf);
  return findings ? <FindingsBadge findings={findings} expandable={expandable} /> : null;
}
