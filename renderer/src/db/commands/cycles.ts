import { cycleSchema, type Cycle, type CycleKind, type CycleState } from '@shared/domain/model';
import { CYCLE_STATE_AFTER_IS, findOverlappingCycle, overlapMessage } from '@shared/domain/cycle';
import { cycleMoveRefusal } from '@shared/domain/cycleMoves';
import { check } from '@shared/domain/validation';
import { db } from '../schema';
import { isLive, newId, nowStamp, ValidationError } from '../records';
import { readLocale } from './settings';

export interface CycleInput {
  name: string;
  kind: CycleKind;
  start: string;
  end: string;
  state?: CycleState;
}

export async function createCycle(input: CycleInput, ownerId: string): Promise<Cycle> {
  const stamp = nowStamp();
  const r = check(cycleSchema, {
    id: newId(),
    ownerId,
    state: 'planning',
    ...input,
    createdAt: stamp,
    updatedAt: stamp,
  });
  if (!r.ok) throw new ValidationError(r.errors);
  const locale = await readLocale();
  await db.transaction('rw', db.cycles, async () => {
    await refuseOverlap(r.value, locale);
    await db.cycles.add(r.value);
  });
  return r.value;
}

/** Two cycles of one kind and owner never share a day: a second "Q4 2026" is refused. */
async function refuseOverlap(cycle: Cycle, locale: string): Promise<void> {
  const other = findOverlappingCycle(cycle, await db.cycles.toArray());
  if (other) throw new ValidationError({ start: overlapMessage(other, locale) });
}

export async function updateCycle(id: string, patch: Partial<CycleInput>): Promise<void> {
  const locale = await readLocale();
  await db.transaction('rw', db.cycles, async () => {
    const cur = await db.cycles.get(id);
    if (!isLive(cur)) throw new ValidationError({ id: 'This cycle no longer exists' });
    if (cur.state === 'closed')
      throw new ValidationError({ state: 'A closed cycle cannot change' });
    const r = check(cycleSchema, { ...cur, ...patch, updatedAt: nowStamp() });
    if (!r.ok) throw new ValidationError(r.errors);
    await refuseOverlap(r.value, locale);
    await db.cycles.put(r.value);
  });
}

/** Sets a state without the move rules: for fixtures and tests. People move through `moveCycle`. */
export async function setCycleState(id: string, state: CycleState): Promise<void> {
  await db.transaction('rw', db.cycles, async () => {
    const cur = await db.cycles.get(id);
    if (!isLive(cur)) throw new ValidationError({ id: 'This cycle no longer exists' });
    await db.cycles.update(id, { state, updatedAt: nowStamp() });
  });
}

/** What one move changed, so Undo can put exactly that back. */
export interface CycleMoveToken {
  cycleId: string;
  name: string;
  from: CycleState;
  to: CycleState;
}

/**
 * Moves a cycle one step between planning, active and review (`cycleMoveRefusal` says which
 * moves are allowed; closing has its own command). Returns what Undo needs.
 */
export async function moveCycle(id: string, to: CycleState): Promise<CycleMoveToken> {
  return db.transaction('rw', db.cycles, async () => {
    const cur = await db.cycles.get(id);
    if (!isLive(cur)) throw new ValidationError({ id: 'This cycle no longer exists' });
    const refusal = cycleMoveRefusal(cur, to);
    if (refusal) throw new ValidationError({ state: refusal });
    await db.cycles.update(id, { state: to, updatedAt: nowStamp() });
    return { cycleId: id, name: cur.name, from: cur.state, to };
  });
}

/** Undo of a move: back to where it was, unless the cycle has moved again since. */
export async function undoCycleMove(token: CycleMoveToken): Promise<void> {
  await db.transaction('rw', db.cycles, async () => {
    const cur = await db.cycles.get(token.cycleId);
    if (!isLive(cur)) throw new ValidationError({ id: 'This cycle no longer exists' });
    if (cur.state !== token.to)
      throw new ValidationError({
        state: `${cur.name} has changed state since (it is ${CYCLE_STATE_AFTER_IS[cur.state]} now): nothing was undone`,
      });
    await db.cycles.update(token.cycleId, { state: token.from, updatedAt: nowStamp() });
  });
}

/** Refuses a write into a closed cycle: nothing in it may change by accident. */
export async function assertOpenCycle(cycleId: string): Promise<Cycle> {
  const cycle = await db.cycles.get(cycleId);
  if (!isLive(cycle)) throw new ValidationError({ cycleId: 'This cycle no longer exists' });
  if (cycle.state === 'closed')
    throw new ValidationError({ cycleId: `${cycle.name} is closed and cannot change` });
  return cycle;
}
