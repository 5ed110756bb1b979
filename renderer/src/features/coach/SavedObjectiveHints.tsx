import { useDeferredValue, useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { coachObjectiveInCycle } from '@shared/domain/coach';
import { toIsoDate } from '@shared/domain/cycle';
import { useToday } from '../workspace';
import { HintList } from './HintList';
import { loadCoachInput } from './loadCoachInput';
import { useLanguageReady } from './useLanguageReady';

export interface Props {
  objectiveId: string;
  cycleId: string;
  ownerId: string;
  /** The title as typed, before it is saved. */
  title: string;
}

/** The coach on a saved objective and its key results, within its cycle, following the typed title. */
export function SavedObjectiveHints({ objectiveId, cycleId, ownerId, title }: Props) {
  const today = toIsoDate(useToday());
  const input = useLiveQuery(() => loadCoachInput(cycleId, today), [cycleId, today]);
  const typed = useDeferredValue(title);
  const ready = useLanguageReady();
  const result = useMemo(() => {
    if (!input || !ready) return null;
    const objectives = input.objectives.map((o) =>
      o.id === objectiveId ? { ...o, title: typed } : o,
    );
    return coachObjectiveInCycle({ ...input, objectives }, objectiveId);
  }, [input, ready, objectiveId, typed]);
  if (!result) return null;
  return <HintList findings={result.findings} dismissed={result.dismissed} ownerId={ownerId} />;
}
