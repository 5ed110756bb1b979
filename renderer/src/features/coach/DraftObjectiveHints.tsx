import { useDeferredValue, useMemo } from 'react';
import { coachObjective, type CoachObjective } from '@shared/domain/coach';
import { HintList } from './HintList';
import { useCoachScope } from './useCoachScope';
import { useLanguageReady } from './useLanguageReady';

export interface Props {
  objective: Omit<CoachObjective, 'id'>;
  cycleId: string;
}

/** Rules that make sense before an objective exists (no key results, no rank yet). */
const DRAFT_RULES = [
  'objective-vague',
  'objective-task-like',
  'objective-numbers',
  'objective-too-long',
  'no-owner',
  'not-aligned',
  'too-many-objectives',
];

/** The coach on a new objective as it is typed. */
export function DraftObjectiveHints({ objective, cycleId }: Props) {
  const scope = useCoachScope(cycleId);
  const ready = useLanguageReady();
  const draft = useDeferredValue(objective);
  const findings = useMemo(
    () =>
      ready && scope && draft.title.trim()
        ? coachObjective(
            { ...draft, id: 'draft', rank: 0, createdAt: '\uffff' },
            { ...scope, rules: DRAFT_RULES },
          )
        : [],
    [ready, scope, draft],
  );
  return <HintList findings={findings} />;
}
