import {
  cycleSchema,
  type Cycle,
  type CycleKind,
  type CycleState,
} from '../../../../shared/domain/model';
import { check } from '../../../../shared/domain/validation';
import { db } from '../schema';
import { isLive, newId, nowStamp, ValidationError } from '../records';

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
  await db.transaction('rw', db.cycles, () => db.cycles.add(r.value));
  return r.value;
}

export async function updateCycle(id: string, patch: Partial<CycleInput>): Promise<void> {
  await db.transaction('rw', db.cycles, async () => {
    const cur = await db.cycles.get(id);
    if (!isLive(cur)) throw new ValidationError({ id: 'This cycle no longer exists' });
    if (cur.state === 'closed')
      throw new ValidationError({ state: 'A closed cycle cannot change' });
    const r = check(cycleSchema, { ...cur, ...patch, updatedAt: nowStamp() });
    if (!r.ok) throw new ValidationError(r.errors);
    await db.cycles.put(r.value);
  });
}

export async function setCycleState(id: string, state: CycleState): Promise<void> {
  await db.transaction('rw', db.cycles, async () => {
    const cur = await db.cycles.get(id);
    if (!isLive(cur)) throw new ValidationError({ id: 'This cycle no longer exists' });
    await db.cycles.update(id, { state, updatedAt: nowStamp() });
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
