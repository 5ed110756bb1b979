import { useMemo } from 'react';
import type { Cycle, KeyResult, Objective } from '../../../../shared/domain/model';
import { fractionElapsed } from '../../../../shared/domain/cycle';
import {
  keyResultProgress,
  keyResultStatus,
  objectiveProgress,
  progressStatus,
  type Status,
} from '../../../../shared/domain/progress';
import { groupBy, useKeyResults, useObjectives } from '../../db/queries';

export interface KrRow {
  kr: KeyResult;
  progress: number;
  status: Status;
}
export interface ObjectiveRow {
  objective: Objective;
  keyResults: KrRow[];
  progress: number;
  status: Status;
}

/** Objectives of a cycle with their key results, progress and status, derived once per change. */
export function useObjectiveRows(
  cycle: Cycle | undefined,
  today: Date,
): ObjectiveRow[] | undefined {
  const objectives = useObjectives(cycle?.id ?? null);
  const keyResults = useKeyResults(cycle?.id ?? null);
  return useMemo(() => {
    if (!cycle || !objectives || !keyResults) return undefined;
    const elapsed = fractionElapsed(cycle, today);
    const krs = groupBy(keyResults, (k) => k.objectiveId);
    return objectives.map((objective) => {
      const list = krs.get(objective.id) ?? [];
      const progress = objectiveProgress(list);
      return {
        objective,
        keyResults: list.map((kr) => ({
          kr,
          progress: keyResultProgress(kr),
          status: keyResultStatus(kr, elapsed),
        })),
        progress,
        status: progressStatus(progress, elapsed),
      };
    });
  }, [cycle, objectives, keyResults, today]);
}
