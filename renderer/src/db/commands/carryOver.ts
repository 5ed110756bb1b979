import { addDays, differenceInCalendarDays } from 'date-fns';
import { nextCycleDates, parseDate, toIsoDate } from '@shared/domain/cycle';
import {
  cycleSchema,
  initiativeSchema,
  keyResultSchema,
  objectiveSchema,
  type Alignment,
  type Cycle,
  type Initiative,
  type KeyResult,
  type Objective,
} from '@shared/domain/model';
import { cannotCarry, carriedKeyResult } from '@shared/domain/carryOver';
import { check } from '@shared/domain/validation';
import { db } from '../schema';
import { isLive, live, newId, nowStamp, ValidationError } from '../records';
import { CLOSE_TABLES, closeCycle, type CloseOptions } from './closeCycle';

/** Carrying objectives over into the next cycle, alone or while closing the cycle. */

export interface CarryOverResult {
  cycle: Cycle;
  created: Objective[];
  /** Titles of objectives already carried into that cycle before: not copied twice. */
  alreadyCarried: string[];
}

/** One objective to carry, with the key results chosen to go with it. */
export interface CarryPick {
  objectiveId: string;
  keyResultIds: readonly string[];
}

const CARRY_TABLES = [...new Set([...CLOSE_TABLES, db.initiatives])];

/** The cycle right after `source`, of the same kind: the existing one, or a new one in planning. */
async function nextCycleOf(source: Cycle, stamp: string): Promise<Cycle> {
  const dates = nextCycleDates(source);
  const existing = live(await db.cycles.where('start').equals(dates.start).toArray()).find(
    (c) => c.kind === source.kind,
  );
  if (existing) {
    if (existing.state === 'closed')
      throw new ValidationError({
        cycle: `${existing.name} is closed: nothing can be carried into it`,
      });
    return existing;
  }
  const r = check(cycleSchema, {
    id: newId(),
    name: dates.name,
    kind: source.kind,
    start: dates.start,
    end: dates.end,
    state: 'planning',
    ownerId: source.ownerId,
    createdAt: stamp,
    updatedAt: stamp,
  });
  if (!r.ok) throw new ValidationError(r.errors);
  await db.cycles.add(r.value);
  return r.value;
}

/** A due date moved by the distance between the two cycles' starts, kept inside the new one. */
function shiftDate(date: string | null, days: number, into: Cycle): string | null {
  if (!date) return null;
  const moved = toIsoDate(addDays(parseDate(date), days));
  if (moved < into.start) return into.start;
  return moved > into.end ? into.end : moved;
}

/**
 * Carries the picked objectives of `sourceCycleId` into the next cycle of the same kind (made
 * if there is none), with all their fields, the picked key results (from their last value, at
 * 0 % progress: see `carriedKeyResult`) and those key results' initiatives, each copy linked to
 * its source by `carriedFromId`. One transaction; the source cycle and everything in it is only
 * read. Alignments follow when what they point at is carried too.
 */
export async function carryOver(
  sourceCycleId: string,
  picks: readonly CarryPick[],
): Promise<CarryOverResult> {
  return db.transaction('rw', CARRY_TABLES, async () => {
    if (picks.length === 0)
      throw new ValidationError({ objectives: 'Choose at least one objective to carry over' });
    const objectiveIds = [...new Set(picks.map((p) => p.objectiveId))];
    const source = await db.cycles.get(sourceCycleId);
    if (!isLive(source)) throw new ValidationError({ cycleId: 'This cycle no longer exists' });
    const stamp = nowStamp();
    const target = await nextCycleOf(source, stamp);
    const shift = differenceInCalendarDays(parseDate(target.start), parseDate(source.start));

    const picked = await db.objectives.bulkGet([...objectiveIds]);
    const chosen: Objective[] = [];
    for (const [i, o] of picked.entries()) {
      if (!isLive(o) || o.cycleId !== source.id)
        throw new ValidationError({
          objectives: `Objective ${objectiveIds[i]} is not in ${source.name}`,
        });
      chosen.push(o);
    }
    const inTarget = live(await db.objectives.where('cycleId').equals(target.id).toArray());
    const objMap = new Map<string, string>();
    for (const o of inTarget) if (o.carriedFromId) objMap.set(o.carriedFromId, o.id);
    const alreadyCarried = chosen.filter((o) => objMap.has(o.id)).map((o) => o.title);
    const toCopy = chosen
      .filter((o) => !objMap.has(o.id))
      .sort((a, b) => (a.rank || Infinity) - (b.rank || Infinity));

    const sourceKrs = live(await db.keyResults.where('cycleId').equals(source.id).toArray());
    const krObjective = new Map(sourceKrs.map((k) => [k.id, k.objectiveId]));
    const krById = new Map(sourceKrs.map((k) => [k.id, k]));
    const copying = new Set(toCopy.map((o) => o.id));
    const krsBySource = new Map<string, KeyResult[]>();
    const krMap = new Map<string, string>();
    for (const o of toCopy) objMap.set(o.id, newId());
    for (const p of picks) {
      if (!copying.has(p.objectiveId) || krsBySource.has(p.objectiveId)) continue;
      for (const krId of new Set(p.keyResultIds)) {
        const k = krById.get(krId);
        if (!k || k.objectiveId !== p.objectiveId)
          throw new ValidationError({
            keyResults: `Key result ${krId} is not one of “${chosen.find((o) => o.id === p.objectiveId)?.title ?? p.objectiveId}”`,
          });
        const refused = cannotCarry(k);
        if (refused) throw new ValidationError({ keyResults: refused });
        krsBySource.set(k.objectiveId, [...(krsBySource.get(k.objectiveId) ?? []), k]);
        krMap.set(k.id, newId());
      }
    }
    for (const list of krsBySource.values()) list.sort((a, b) => a.rank - b.rank);
    const sourceInitiatives = live(
      await db.initiatives
        .where('keyResultId')
        .anyOf([...krMap.keys()])
        .toArray(),
    );
    // An alignment follows its target when that is carried (now or before); one to a key
    // result carried earlier hangs from that key result's objective.
    const remap = (a: Alignment | null): Alignment | null => {
      if (!a) return null;
      if (a.kind === 'keyResult') {
        const kr = krMap.get(a.id);
        if (kr) return { kind: 'keyResult', id: kr };
        const parent = objMap.get(krObjective.get(a.id) ?? '');
        return parent ? { kind: 'objective', id: parent } : null;
      }
      const id = objMap.get(a.id);
      return id ? { kind: 'objective', id } : null;
    };

    const nextRank = new Map<string, number>();
    for (const o of inTarget)
      nextRank.set(o.ownerId, Math.max(nextRank.get(o.ownerId) ?? 0, o.rank));
    const objectives: Objective[] = [];
    const keyResults: KeyResult[] = [];
    const initiatives: Initiative[] = [];
    for (const o of toCopy) {
      const rank = (nextRank.get(o.ownerId) ?? 0) + 1;
      nextRank.set(o.ownerId, rank);
      const { deletedAt: _d, ...fields } = o;
      const ro = check(objectiveSchema, {
        ...fields,
        id: objMap.get(o.id),
        cycleId: target.id,
        rank,
        alignedTo: remap(o.alignedTo),
        carriedFromId: o.id,
        createdAt: stamp,
        updatedAt: stamp,
      });
      if (!ro.ok) throw new ValidationError(ro.errors);
      objectives.push(ro.value);
      for (const kr of krsBySource.get(o.id) ?? []) {
        const { deletedAt: _k, ...krFields } = kr;
        const rk = check(keyResultSchema, {
          ...krFields,
          id: krMap.get(kr.id),
          objectiveId: ro.value.id,
          cycleId: target.id,
          ...carriedKeyResult(kr),
          dueDate: shiftDate(kr.dueDate, shift, target),
          createdAt: stamp,
          updatedAt: stamp,
        });
        if (!rk.ok)
          throw new ValidationError({
            keyResults: `“${kr.title}”: ${Object.values(rk.errors).join('; ')}`,
          });
        keyResults.push(rk.value);
        for (const i of sourceInitiatives.filter((x) => x.keyResultId === kr.id)) {
          const { deletedAt: _i, ...iFields } = i;
          const ri = check(initiativeSchema, {
            ...iFields,
            id: newId(),
            keyResultId: rk.value.id,
            dueDate: shiftDate(i.dueDate, shift, target),
            createdAt: stamp,
            updatedAt: stamp,
          });
          if (!ri.ok) throw new ValidationError(ri.errors);
          initiatives.push(ri.value);
        }
      }
    }
    await db.objectives.bulkAdd(objectives);
    await db.keyResults.bulkAdd(keyResults);
    if (initiatives.length) await db.initiatives.bulkAdd(initiatives);
    return { cycle: target, created: objectives, alreadyCarried };
  });
}

/**
 * Closes the cycle for the whole company and carries the picked objectives over, in one
 * transaction: either the cycle is closed and everything picked is in the next one, or nothing
 * happened. The next cycle is made even when nothing is carried, so the user can move on to it.
 */
export async function closeAndCarryOver(
  cycleId: string,
  picks: readonly CarryPick[],
  options: CloseOptions = {},
): Promise<{ cycle: Cycle; created: Objective[] }> {
  return db.transaction('rw', CARRY_TABLES, async () => {
    await closeCycle(cycleId, options);
    if (picks.length) return carryOver(cycleId, picks);
    const source = (await db.cycles.get(cycleId))!;
    return { cycle: await nextCycleOf(source, nowStamp()), created: [] };
  });
}
