import { parentObjectiveId } from '../domain/alignment';
import type { Alignment } from '../domain/model';

/**
 * Structural conflicts a merge can make although every replica refused them on write: two
 * people each align one objective under the other (a loop), one deletes an objective while
 * another adds a key result to it, two admins move two units each under the other. Every
 * replica runs this rule on the merged data and gets the same fixes, so they converge on the
 * same repaired workspace; the fixes are listed for the user (Needs attention).
 *
 * The loser of a loop is the link changed last (latest `updatedAt`, then the greatest id): it
 * is the one that closed the loop. An orphan follows its parent into the bin with the
 * parent's deletion stamp, so undoing that delete brings it back too.
 */

interface Stamped {
  id: string;
  updatedAt?: string;
  deletedAt?: string | null;
}
export interface StructureInput {
  orgUnits: readonly (Stamped & { parentId: string | null; name: string })[];
  objectives: readonly (Stamped & { alignedTo: Alignment | null; title: string })[];
  keyResults: readonly (Stamped & { objectiveId: string; title: string })[];
  checkIns?: readonly (Stamped & { keyResultId: string })[];
  initiatives?: readonly (Stamped & { keyResultId: string; title: string })[];
}

export type StructureFixKind = 'alignmentLoop' | 'orphan' | 'orgLoop';
export interface StructureFix {
  kind: StructureFixKind;
  table: 'orgUnits' | 'objectives' | 'keyResults' | 'checkIns' | 'initiatives';
  id: string;
  patch: Record<string, unknown>;
  message: string;
}

const live = <T extends Stamped>(rows: readonly T[]) => rows.filter((r) => !r.deletedAt);

/** Later change first: greatest updatedAt, then greatest id. */
const changedLast = (a: Stamped, b: Stamped): number =>
  (b.updatedAt ?? '').localeCompare(a.updatedAt ?? '') || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** The loops of a graph where each node has at most one parent; each loop once, members sorted. */
function loops(ids: readonly string[], parentOf: (id: string) => string | null): string[][] {
  const state = new Map<string, 'walking' | 'done'>();
  const found: string[][] = [];
  for (const start of [...ids].sort()) {
    const path: string[] = [];
    let cur: string | null = start;
    while (cur !== null && !state.has(cur)) {
      state.set(cur, 'walking');
      path.push(cur);
      cur = parentOf(cur);
    }
    if (cur !== null && state.get(cur) === 'walking') found.push(path.slice(path.indexOf(cur)));
    for (const p of path) state.set(p, 'done');
  }
  return found;
}

export function resolveStructure(input: StructureInput): StructureFix[] {
  const fixes: StructureFix[] = [];

  const objectives = live(input.objectives);
  const objById = new Map(objectives.map((o) => [o.id, o]));
  const krObjective = new Map(live(input.keyResults).map((k) => [k.id, k.objectiveId]));
  const alignParent = (id: string) => {
    const p = parentObjectiveId(objById.get(id)?.alignedTo, krObjective);
    return p && objById.has(p) ? p : null;
  };
  for (const loop of loops([...objById.keys()], alignParent)) {
    const loser = loop.map((id) => objById.get(id)!).sort(changedLast)[0]!;
    fixes.push({
      kind: 'alignmentLoop',
      table: 'objectives',
      id: loser.id,
      patch: { alignedTo: null },
      message: `"${loser.title}" was unaligned: merged edits made an alignment loop`,
    });
  }

  const units = live(input.orgUnits);
  const unitById = new Map(units.map((u) => [u.id, u]));
  const root = units
    .filter((u) => u.parentId === null)
    .map((u) => u.id)
    .sort()[0];
  const unitParent = (id: string) => {
    const p = unitById.get(id)?.parentId ?? null;
    return p && unitById.has(p) ? p : null;
  };
  for (const loop of root ? loops([...unitById.keys()], unitParent) : []) {
    const loser = loop.map((id) => unitById.get(id)!).sort(changedLast)[0]!;
    fixes.push({
      kind: 'orgLoop',
      table: 'orgUnits',
      id: loser.id,
      patch: { parentId: root },
      message: `"${loser.name}" was moved to the top of the org: merged moves made a loop`,
    });
  }

  const deletedObjectives = new Map(
    input.objectives.filter((o) => o.deletedAt).map((o) => [o.id, o.deletedAt!]),
  );
  const deletedKrs = new Map(
    input.keyResults.filter((k) => k.deletedAt).map((k) => [k.id, k.deletedAt!]),
  );
  for (const kr of live(input.keyResults)) {
    const stamp = deletedObjectives.get(kr.objectiveId);
    if (!stamp) continue;
    deletedKrs.set(kr.id, stamp);
    fixes.push({
      kind: 'orphan',
      table: 'keyResults',
      id: kr.id,
      patch: { deletedAt: stamp },
      message: `Key result "${kr.title}" was deleted with its objective, deleted by a teammate`,
    });
  }
  for (const table of ['checkIns', 'initiatives'] as const) {
    for (const row of live(input[table] ?? [])) {
      const stamp = deletedKrs.get(row.keyResultId);
      if (!stamp) continue;
      const what = 'title' in row ? `Initiative "${String(row.title)}"` : 'A check-in';
      fixes.push({
        kind: 'orphan',
        table,
        id: row.id,
        patch: { deletedAt: stamp },
        message: `${what} was deleted with its key result, deleted by a teammate`,
      });
    }
  }
  return fixes;
}
