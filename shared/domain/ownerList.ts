import { z } from '../zod';

/**
 * A cycle's owner list: which owners have live objectives in a cycle, and how many. The
 * Objectives list draws its groups from it without reading the objectives themselves. It is
 * derived data: the app keeps it beside the objectives, in the same transaction as every
 * objective write, and it is never part of a backup (docs/decisions/0010-owner-list.md).
 */

const id = z.string().min(1, 'is missing').max(64, 'is too long');

export const cycleOwnerSchema = z.object({
  cycleId: id,
  ownerId: id,
  /** Live (not deleted) objectives the owner has in the cycle; a row with none is removed. */
  count: z.number().int('must be a whole number').min(1, 'must be at least 1'),
});
export type CycleOwner = z.infer<typeof cycleOwnerSchema>;

/** What of an objective the owner list counts by. */
export interface CountedObjective {
  cycleId: string;
  ownerId: string;
  deletedAt?: string | null;
}

/** The key of an owner-list row, as the table stores it. */
export type CycleOwnerKey = [cycleId: string, ownerId: string];

const pairKey = (cycleId: string, ownerId: string) => JSON.stringify([cycleId, ownerId]);

/** Every cycle's owner list, counted from the objectives (deleted ones left out). */
export function countCycleOwners(objectives: Iterable<CountedObjective>): CycleOwner[] {
  const out = new Map<string, CycleOwner>();
  for (const o of objectives) {
    if (o.deletedAt) continue;
    const k = pairKey(o.cycleId, o.ownerId);
    const row = out.get(k);
    if (row) row.count++;
    else out.set(k, { cycleId: o.cycleId, ownerId: o.ownerId, count: 1 });
  }
  return [...out.values()];
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
    const k = pairKey(o.cycleId, o.ownerId);
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

/**
 * The rows to write for `changes`, given the rows they touch as stored now (`current[i]`
 * for `changes[i]`, undefined when the owner had none): rows to put, and the keys of rows
 * left with no objectives, to delete.
 */
export function applyOwnerListChanges(
  changes: readonly OwnerCountChange[],
  current: readonly (CycleOwner | undefined)[],
): { put: CycleOwner[]; remove: CycleOwnerKey[] } {
  const put: CycleOwner[] = [];
  const remove: CycleOwnerKey[] = [];
  changes.forEach((c, i) => {
    const count = (current[i]?.count ?? 0) + c.by;
    if (count > 0) put.push({ cycleId: c.cycleId, ownerId: c.ownerId, count });
    else if (current[i]) remove.push([c.cycleId, c.ownerId]);
  });
  return { put, remove };
}
