import { toIsoDate } from '@shared/domain/cycle';
import { kpiCheckInSchema, kpiSchema, type Kpi, type KpiCheckIn } from '@shared/domain/kpiModel';
import type { Objective } from '@shared/domain/model';
import { check } from '@shared/domain/validation';
import { isFileSource, type CheckInSource } from '@shared/feeds/feedSchemas';
import { db } from '../schema';
import { isLive, newId, nowStamp, ValidationError } from '../records';
import { createObjective } from './objectives';
import { markDeleted, type DeletionToken } from './softDelete';

/**
 * KPIs and their check-ins: each write is one transaction, validated whole before anything
 * lands. Check-ins are history (appended; a mistaken one is retired, never edited in place).
 */

export type KpiInput = Pick<
  Kpi,
  'name' | 'unit' | 'direction' | 'warningAt' | 'criticalAt' | 'healthyLimit'
>;

const validKpi = (row: unknown): Kpi => {
  const r = check(kpiSchema, row);
  if (!r.ok) throw new ValidationError(r.errors);
  return r.value;
};

async function liveKpi(id: string): Promise<Kpi> {
  const kpi = await db.kpis.get(id);
  if (!isLive(kpi)) throw new ValidationError({ id: 'This KPI no longer exists' });
  return kpi;
}

/** A new KPI of an org unit. */
export async function createKpi(ownerId: string, input: KpiInput): Promise<Kpi> {
  return db.transaction('rw', [db.kpis, db.orgUnits], async () => {
    if (!isLive(await db.orgUnits.get(ownerId)))
      throw new ValidationError({ ownerId: 'Choose the unit the KPI belongs to' });
    const stamp = nowStamp();
    const row = validKpi({ ...input, id: newId(), ownerId, createdAt: stamp, updatedAt: stamp });
    await db.kpis.add(row);
    return row;
  });
}

/** Changes a KPI's name, unit, direction or thresholds; returns the KPI as it was (for Undo). */
export async function updateKpi(id: string, patch: Partial<KpiInput>): Promise<Kpi> {
  return db.transaction('rw', [db.kpis], async () => {
    const before = await liveKpi(id);
    await db.kpis.put(validKpi({ ...before, ...patch, updatedAt: nowStamp() }));
    return before;
  });
}

/** Undo of an edit: puts back the KPI as it was, unless it was deleted meanwhile. */
export async function putBackKpi(before: Kpi): Promise<void> {
  await db.transaction('rw', [db.kpis], async () => {
    await liveKpi(before.id);
    await db.kpis.put({ ...before, updatedAt: nowStamp() });
  });
}

/** Deletes a KPI (soft: its history stays, and Undo brings both back). */
export async function deleteKpi(id: string): Promise<DeletionToken> {
  return db.transaction('rw', [db.kpis], async () => {
    await liveKpi(id);
    return markDeleted({ kpis: [id] });
  });
}

export interface KpiCheckInEntry {
  /** Null when what was typed is not a number. */
  value: number | null;
  /** yyyy-mm-dd; today when absent. */
  at?: string;
  note?: string;
}

/**
 * Checks a KPI in: the value, date and note validated together, then one row appended. A read
 * from a file (kpiFeeds.ts) passes its `source` and the KPI's feed remembers the value in the
 * same transaction; a check-in by hand on a fed KPI is marked `manual`, as a key result's is.
 */
export async function checkInKpi(
  kpiId: string,
  entry: KpiCheckInEntry,
  today = new Date(),
  source?: CheckInSource,
): Promise<KpiCheckIn> {
  return db.transaction('rw', [db.kpis, db.kpiCheckIns], async () => {
    const kpi = await liveKpi(kpiId);
    const row = {
      id: newId(),
      kpiId,
      ownerId: kpi.ownerId,
      at: entry.at ?? toIsoDate(today),
      value: entry.value ?? Number.NaN,
      note: entry.note ?? '',
      ...(source ? { source } : kpi.feed ? { source: { manual: true as const } } : {}),
      createdAt: nowStamp(),
    };
    const errors: Record<string, string> = {};
    if (entry.value === null || !Number.isFinite(entry.value))
      errors.value = 'Value must be a number';
    if (/^\d{4}-\d{2}-\d{2}$/.test(row.at) && row.at > toIsoDate(today))
      errors.at = 'Date cannot be in the future';
    const r = check(kpiCheckInSchema, row);
    if (!r.ok) for (const [k, v] of Object.entries(r.errors)) errors[k] ??= v;
    if (!r.ok || Object.keys(errors).length) throw new ValidationError(errors);
    if (isFileSource(source) && kpi.feed)
      await db.kpis.update(kpiId, {
        feed: { ...kpi.feed, lastValue: r.value.value, lastReadAt: source.readAt, problem: null },
      });
    await db.kpiCheckIns.add(r.value);
    return r.value;
  });
}

/** Undo of a check-in: retires it (kept as history, like every retired check-in). */
export async function retireKpiCheckIn(id: string): Promise<void> {
  await db.transaction('rw', [db.kpiCheckIns], () => markDeleted({ kpiCheckIns: [id] }));
}

/**
 * Opens a recovery objective for a KPI: an objective of the KPI's unit in `cycleId`, linked
 * to the KPI, in one transaction with the check that the KPI still exists.
 */
export async function createRecoveryObjective(
  kpiId: string,
  input: { title: string; cycleId: string; description?: string },
): Promise<Objective> {
  return db.transaction(
    'rw',
    [db.kpis, db.objectives, db.keyResults, db.cycles, db.orgUnits],
    async () => {
      const kpi = await liveKpi(kpiId);
      return createObjective({
        title: input.title,
        description: input.description ?? '',
        ownerId: kpi.ownerId,
        cycleId: input.cycleId,
        kpiIds: [kpi.id],
      });
    },
  );
}
