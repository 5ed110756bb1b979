import { useDeferredValue, useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { coachKeyResult, type CoachKeyResult } from '@shared/domain/coach';
import { db } from '../../db/schema';
import { useLocale } from '../settings/useFormat';
import { HintList } from './HintList';
import { useCoachScope } from './useCoachScope';
import { useLanguageReady } from './useLanguageReady';

export interface Props {
  keyResult: CoachKeyResult;
}

const FORM_RULES = [
  'kr-unmeasurable',
  'kr-task-like',
  'kr-placeholder',
  'kr-question',
  'kr-deadline-in-title',
  'kr-several-results',
  'kr-due-after-cycle',
];

/** The coach on a key result as it is typed. */
export function KeyResultHints({ keyResult }: Props) {
  const cycleId = useLiveQuery(
    async () => (await db.objectives.get(keyResult.objectiveId))?.cycleId ?? null,
    [keyResult.objectiveId],
  );
  const scope = useCoachScope(cycleId ?? null);
  const draft = useDeferredValue(keyResult);
  const locale = useLocale();
  const ready = useLanguageReady();
  const findings = useMemo(
    () =>
      ready && scope && draft.title.trim()
        ? coachKeyResult(draft, { ...scope, locale, rules: FORM_RULES })
        : [],
    [ready, scope, draft, locale],
  );
  return <HintList findings={findings} />;
}
