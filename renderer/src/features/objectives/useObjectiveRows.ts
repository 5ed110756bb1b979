import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Cycle, KeyResult, Objective } from '../../../../shared/domain/model';
import { fractionElapsed } from '../../../../shared/domain/cycle';
import {
  keyResultProgress,
  keyResultStatus,
  objectiveProgress,
  progressStatus,
  type Status,
} from '../../../../shared/domain/progress';
import { groupBy } from '../../db/queries';
import { live } from '../../db/records';
import { db } from '../../db/schema';
import { rowsWhereAnyOf } from '../../db/reads';

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

/**
 * Key results of a few objectives (one owner's), read by the objectiveId index. The list asks
 * per group, so a cycle of thousands reads only what is on screen (docs/benchmarks.md).
 */
function useKeyResultsOf(objectives: readonly Objective[]): KeyResult[] | undefined {
  const key = objectives.map((o) => o.id).join(',');
  const r = useLiveQuery(
    async () => ({
      key,
      rows: key
        ? live(await rowsWhereAnyOf(db.keyResults, 'objectiveId', key.split(','))).sort(
            (a, b) => a.rank - b.rank,
          )
        : [],
    }),
    // `key` stands for `objectives`: a new array each render, the same objectives.
    [key],
  );
  // While other objectives' rows load, the last result must not stand in for them.
  return r?.key === key ? r.rows : undefined;
}

/** One owner's objectives with their key results, progress and status, derived once per change. */
export function useObjectiveRows(
  objectives: readonly Objective[],
  cycle: Cycle,
  today: Date,
): ObjectiveRow[] | undefined {
  const keyResults = useKeyResultsOf(objectives);
  return useMemo(() => {
    if (!keyResults) return undefined;
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
