import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { coachCycle, type CoachInput, type CoachReport } from '../../../../shared/domain/coach';
import { toIsoDate } from '../../../../shared/domain/cycle';
import { useToday } from '../workspace';
import { loadCoachInput } from './loadCoachInput';

export interface CycleCoach {
  input: CoachInput;
  report: CoachReport;
}

/** The coach over a whole cycle, re-run whenever anything it reads changes. */
export function useCycleCoach(cycleId: string | null): CycleCoach | null | undefined {
  const today = toIsoDate(useToday());
  const input = useLiveQuery(
    async () => (cycleId ? loadCoachInput(cycleId, today) : null),
    [cycleId, today],
  );
  return useMemo(() => (input ? { input, report: coachCycle(input) } : input), [input]);
}
