import type { Weekday } from '@shared/domain/settings';
import type { CheckIn, KeyResult, Objective } from '@shared/domain/model';
import { subtreeIds } from '@shared/domain/org';
import {
  buildWeeklyReport,
  weekAround,
  type WeeklyReport,
  type WeeklyReportInput,
} from '@shared/report/weekly';
import type { CairnDb } from '../../db/schema';

export interface WeeklyReportQuery {
  subjectId: string;
  cycleId: string;
  /** Any day of the week. */
  week: string;
  today: string;
  staleDays?: number;
  weekStartsOn?: Weekday;
}

const alive = <T extends { deletedAt?: string | null }>(rows: readonly (T | undefined)[]): T[] =>
  rows.filter((r): r is T => !!r && !r.deletedAt);

/**
 * Fetches exactly the rows a weekly report needs, each through an index: the subject's
 * objectives by [cycleId+ownerId], key results by objective and by owner, each key result's
 * check-ins up to the week's end by [keyResultId+at], initiatives by key result. Takes the
 * database as an argument so the benchmark can run it against its own.
 */
export async function loadWeeklyReportInput(
  db: CairnDb,
  q: WeeklyReportQuery,
): Promise<WeeklyReportInput | null> {
  return db.transaction(
    'r',
    [db.orgUnits, db.cycles, db.objectives, db.keyResults, db.checkIns, db.initiatives],
    async () => {
      const [units, cycle] = await Promise.all([db.orgUnits.toArray(), db.cycles.get(q.cycleId)]);
      if (!cycle || cycle.deletedAt) return null;
      const scope = [...subtreeIds(alive(units), q.subjectId)];
      const owned = alive(
        await db.objectives
          .where('[cycleId+ownerId]')
          .anyOf(scope.map((id) => [cycle.id, id]))
          .toArray(),
      );
      const [underOwned, ownedKrs] = await Promise.all([
        db.keyResults
          .where('objectiveId')
          .anyOf(owned.map((o) => o.id))
          .toArray(),
        db.keyResults.where('ownerId').anyOf(scope).toArray(),
      ]);
      const krs = new Map<string, KeyResult>();
      for (const kr of alive([...underOwned, ...ownedKrs]))
        if (kr.cycleId === cycle.id) krs.set(kr.id, kr);
      const objectives = new Map<string, Objective>(owned.map((o) => [o.id, o]));
      const missing = [...new Set([...krs.values()].map((k) => k.objectiveId))].filter(
        (id) => !objectives.has(id),
      );
      for (const o of alive(await db.objectives.bulkGet(missing))) objectives.set(o.id, o);
      const end = weekAround(q.week, q.weekStartsOn).end;
      const ids = [...krs.keys()];
      const [histories, initiatives] = await Promise.all([
        Promise.all(
          ids.map((id) =>
            db.checkIns
              .where('[keyResultId+at]')
              .between([id, cycle.start], [id, end], true, true)
              .toArray(),
          ),
        ),
        db.initiatives.where('keyResultId').anyOf(ids).toArray(),
      ]);
      return {
        subjectId: q.subjectId,
        units: alive(units),
        cycle,
        week: q.week,
        today: q.today,
        objectives: [...objectives.values()],
        keyResults: [...krs.values()],
        checkIns: histories.flat() as CheckIn[],
        initiatives: alive(initiatives),
        staleDays: q.staleDays,
        weekStartsOn: q.weekStartsOn,
      };
    },
  );
}

/** Loads and builds the weekly report in one call; null when the cycle is gone. */
export async function loadWeeklyReport(
  db: CairnDb,
  q: WeeklyReportQuery,
): Promise<WeeklyReport | null> {
  const input = await loadWeeklyReportInput(db, q);
  return input ? buildWeeklyReport(input) : null;
}
