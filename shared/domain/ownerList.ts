import { z } from '../zod';

/**
 * A cycle's owner list: which owners have live objectives in a cycle, and how many. The
 * Objectives list draws its groups from it without reading the objectives themselves. It is
 * derived data: the app keeps it beside the objectives, in the same transaction as every
 * objective write, and it is never part of a backup (docs/decisions/0010-owner-list.md).
 *
 * One row per cycle, the owners in two parallel arrays: a cycle of 2,000 objectives has
 * ~1,500 owners, and IndexedDB reads one row of two arrays ~25× faster than a row per owner
 * (4 ms against 110 ms for 1,481 owners on the shared build machine; an object keyed by
 * owner took 15 ms). The list reads it with one `get`.
 */

const id = z.string().min(1, 'is missing').max(64, 'is too long');

export const cycleOwnersSchema = z
  .object({
    cycleId: id,
    /** Owners with live objectives in the cycle, sorted. */
    ownerIds: z.array(id).min(1, 'is empty'),
    /** Live (not deleted) objectives of `ownerIds[i]` in the cycle, at least one each. */
    counts: z.array(z.number().int('must be a whole number').min(1, 'must be at least 1')),
  })
  .refine((r) => r.ownerIds.length === r.counts.length, {
    message: 'must hold one count for each owner',
    path: ['counts'],
  });
export type CycleOwners = z.infer<typeof cycleOwnersSchema>;

/** What of an objective the owner list counts by. */
export interface CountedObjective {
  cycleId: string;
  ownerId: string;
  deletedAt?: string | null;
}

/** An owner list as a map of owner to count. */
export const ownerCountsOf = (row: CycleOwners | undefined): Map<string, number> =>
  new Map(row ? row.ownerIds.map((o, i) => [o, row.counts[i]!]) : []);

/** The row holding `counts` (owners sorted), or null when no owner has an objective left. */
function rowOf(cycleId: string, counts: ReadonlyMap<string, number>): CycleOwners | null {
  const ownerIds = [...counts.keys()].filter((o) => counts.get(o)! > 0).sort();
  if (!ownerIds.length) return null;
  return { cycleId, ownerIds, counts: ownerIds.map((o) => counts.get(o)!) };
}

/** Every cycle's owner list, counted from the objectives (deleted ones left out). */
export function countCycleOwners(objectives: Iterable<CountedObjective>): CycleOwners[] {
  const byCycle = new Map<string, Map<string, number>>();
  for (const o of objectives) {
    if (o.deletedAt) continue;
    let counts = byCycle.get(o.cycleId);
    if (!counts) byCycle.set(o.cycleId, (counts = new Map()));
    counts.set(o.ownerId, (counts.get(o.ownerId) ?? 0) + 1);
  }
  return [...byCycle].map(([cycleId, counts]) => rowOf(cycleId, counts)!);
}

export interface OwnerCountChange {
  cycleId: string;
  ownerId: string;
  /** How many more (or, negative, fewer) live objectives the owner has in the cycle. */
  by: number;
}

/**
 * How the owner lists change when objectives are written: each pair is one objective as it
 * was and as it is now (undefined: not there). Moving an objective to another owner or
 * cycle, deleting it softly or bringing it back each count once; pairs that cancel out
 * leave nothing to write.
 */
export function ownerListChanges(
  writes: Iterable<
    readonly [before: CountedObjective | undefined, after: CountedObjective | undefined]
  >,
): OwnerCountChange[] {
  const out = new Map<string, OwnerCountChange>();
  const add = (o: CountedObjective | undefined, by: number) => {
    if (!o || o.deletedAt) return;
    const k = JSON.stringify([o.cycleId, o.ownerId]);
    const c = out.get(k);
    if (c) c.by += by;
    else out.set(k, { cycleId: o.cycleId, ownerId: o.ownerId, by });
  };
  for (const [before, after] of writes) {
    add(before, -1);
    add(after, +1);
  }
  return [...out.values()].filter((c) => c.by !== 0);
}

/** The cycles `changes` touch: the rows to read before applying them. */
export const changedCycles = (changes: readonly OwnerCountChange[]): string[] => [
  ...new Set(changes.map((c) => c.cycleId)),
];

/**
 * The rows to write for `changes`, given the rows of `changedCycles(changes)` as stored now
 * (`current[i]` for the i-th cycle, undefined when it had none): rows to put, and the cycles
 * left with no owners, whose rows to delete.
 */
export function applyOwnerListChanges(
  changes: readonly OwnerCountChange[],
  current: readonly (CycleOwners | undefined)[],
): { put: CycleOwners[]; remove: string[] } {
  const put: CycleOwners[] = [];
  const remove: string[] = [];
  changedCycles(changes).forEach((cycleId, i) => {
    const counts = ownerCountsOf(current[i]);
    for (const c of changes)
      if (c.cycleId === cycleId) counts.set(c.ownerId, (counts.get(c.ownerId) ?? 0) + c.by);
    const row = rowOf(cycleId, counts);
    if (row) put.push(row);
    else if (current[i]) remove.push(cycleId);
  });
  return { put, remove };
}
