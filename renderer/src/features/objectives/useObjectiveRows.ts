import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Cycle, KeyResult, Objective } from '@shared/domain/model';
import { toIsoDate } from '@shared/domain/cycle';
import { keyResultProgress, objectiveProgress } from '@shared/domain/progress';
import {
  keyResultStatus,
  objectiveStatus,
  type Status,
  type StatusContext,
} from '@shared/domain/status';
import { groupBy } from '../../db/queries';
import { live } from '../../db/records';
import { db } from '../../db/schema';
import { rowsWhereAnyOf } from '../../db/reads';
import { useKrActivity, type KrActivity } from '../checkins/useKrActivity';

export interface KrRow {
  kr: KeyResult;
  progress: number;
  status: Status;
  activity: KrActivity | undefined;
}
export interface ObjectiveRow {
  objective: Objective;
  keyResults: KrRow[];
  progress: number;
  /** Null without key results: there is nothing to be on track with. */
  status: Status | null;
}

/**
 * An objective with its key results' progress and status, from the one status rule
 * (shared/domain/status.ts): the list's cards and the detail pane both read this.
 */
export function objectiveRow(
  objective: Objective,
  keyResults: readonly KeyResult[],
  activity: ReadonlyMap<string, KrActivity>,
  ctx: StatusContext,
): ObjectiveRow {
  const rows = keyResults.map((kr): KrRow => {
    const a = activity.get(kr.id);
    return {
      kr,
      progress: keyResultProgress(kr),
      status: keyResultStatus(
        { kr, lastCheckInAt: a?.lastAt ?? null, finalScore: a?.finalScore },
        ctx,
      ),
      activity: a,
    };
  });
  return {
    objective,
    keyResults: rows,
    progress: objectiveProgress(keyResults),
    status: objectiveStatus(
      rows.map((r) => ({ kr: r.kr, status: r.status, finalScore: r.activity?.finalScore })),
      ctx,
    ),
  };
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

/**
 * One owner's objectives with their key results, progress and status, derived once per change.
 * Undefined until the check-ins are read too: a status shown before them could read "on
 * track" for a key result that is stale.
 */
export function useObjectiveRows(
  objectives: readonly Objective[],
  cycle: Cycle,
  today: Date,
  staleDays: number,
): ObjectiveRow[] | undefined {
  const keyResults = useKeyResultsOf(objectives);
  const day = toIsoDate(today);
  const activity = useKrActivity(cycle, day, keyResults);
  return useMemo(() => {
    if (!keyResults || !activity) return undefined;
    const ctx: StatusContext = { cycle, today: day, staleDays };
    const krs = groupBy(keyResults, (k) => k.objectiveId);
    return objectives.map((o) => objectiveRow(o, krs.get(o.id) ?? [], activity, ctx));
  }, [cycle, objectives, keyResults, activity, day, staleDays]);
}
