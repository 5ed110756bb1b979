import { objectiveHistory, type HistoryLine, type HistoryRecord } from '@shared/sync/history';
import type { CairnDb } from '../../db/schema';
import { recordEdits } from '../../db/sync/history';
import { teamOf } from '../../db/sync/teamSync';

export interface ObjectiveHistoryData {
  lines: HistoryLine[];
  /** A private objective never leaves this computer: nobody else changes it, nothing is kept. */
  private: boolean;
}

/**
 * Who changed what in an objective, its key results and their initiatives (deleted ones too:
 * who deleted them is history). Null in a personal workspace: one person, nothing to tell.
 */
export async function loadObjectiveHistory(
  database: CairnDb,
  objectiveId: string,
  locale: string,
): Promise<ObjectiveHistoryData | null> {
  const team = await teamOf(database);
  const objective = await database.objectives.get(objectiveId);
  if (!team || !objective) return null;
  if (objective.private) return { lines: [], private: true };
  const krs = await database.keyResults.where('objectiveId').equals(objectiveId).toArray();
  const initiatives = await database.initiatives
    .where('keyResultId')
    .anyOf(krs.map((k) => k.id))
    .toArray();
  const records: HistoryRecord[] = [
    { table: 'objectives', id: objective.id, title: objective.title },
    ...krs.map((k) => ({ table: 'keyResults' as const, ...pick(k) })),
    ...initiatives.map((i) => ({ table: 'initiatives' as const, ...pick(i) })),
  ];
  const [edits, units] = await Promise.all([
    recordEdits(database, records),
    database.orgUnits.toArray(),
  ]);
  const names = new Map(units.map((u) => [u.id, u.name]));
  return {
    lines: objectiveHistory(edits, records, { memberId: team.memberId, names }, locale),
    private: false,
  };
}

const pick = (r: { id: string; title: string; deletedAt?: string | null | undefined }) => ({
  id: r.id,
  title: r.title,
  deletedAt: r.deletedAt ?? null,
});
