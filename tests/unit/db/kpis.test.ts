import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/src/db/schema';
import { ValidationError } from '../../../renderer/src/db/records';
import {
  checkInKpi,
  createKpi,
  createRecoveryObjective,
  deleteKpi,
  putBackKpi,
  retireKpiCheckIn,
  updateKpi,
  type KpiInput,
} from '../../../renderer/src/db/commands/kpis';
import { restoreDeleted } from '../../../renderer/src/db/commands/softDelete';
import { setCycleState } from '../../../renderer/src/db/commands/cycles';
import { readKpi } from '../../../shared/domain/kpiHealth';
import { freshWorkspace } from './helpers';

let ws: Awaited<ReturnType<typeof freshWorkspace>>;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 25, 12));
  ws = await freshWorkspace();
});
afterEach(() => vi.useRealTimers());

const uptime: KpiInput = {
  name: 'Uptime',
  unit: '%',
  direction: 'higher',
  warningAt: 99.5,
  criticalAt: 99,
  healthyLimit: null,
};

async function rejection(p: Promise<unknown>): Promise<Record<string, string>> {
  try {
    await p;
  } catch (err) {
    if (err instanceof ValidationError) return err.errors;
    throw err;
  }
  throw new Error('expected the write to be refused');
}

describe('KPI commands', () => {
  it('adds a KPI to a unit and refuses thresholds in the wrong order, writing nothing', async () => {
    const kpi = await createKpi(ws.company.id, uptime);
    expect(await db.kpis.get(kpi.id)).toMatchObject({ ownerId: ws.company.id, name: 'Uptime' });
    const errors = await rejection(createKpi(ws.company.id, { ...uptime, criticalAt: 99.7 }));
    expect(errors.criticalAt).toMatch(/below the warning threshold/);
    expect(await rejection(createKpi('nobody', uptime))).toEqual({
      ownerId: 'Choose the unit the KPI belongs to',
    });
    expect(await db.kpis.count()).toBe(1);
  });

  it('checks in a value by hand and reads its health from it', async () => {
    const kpi = await createKpi(ws.company.id, uptime);
    await checkInKpi(kpi.id, { value: 99.8, at: '2026-11-20' });
    await checkInKpi(kpi.id, { value: 98.2, note: 'Outage' });
    const history = await db.kpiCheckIns.where('kpiId').equals(kpi.id).sortBy('at');
    expect(history.map((c) => [c.at, c.value, c.ownerId])).toEqual([
      ['2026-11-20', 99.8, ws.company.id],
      ['2026-11-25', 98.2, ws.company.id],
    ]);
    expect(readKpi(kpi, history).health).toBe('critical');
  });

  it('refuses a check-in that is not a number, is dated in the future or not a date, and writes nothing', async () => {
    const kpi = await createKpi(ws.company.id, uptime);
    expect(await rejection(checkInKpi(kpi.id, { value: null }))).toEqual({
      value: 'Value must be a number',
    });
    expect((await rejection(checkInKpi(kpi.id, { value: 99, at: '2026-12-01' }))).at).toBe(
      'Date cannot be in the future',
    );
    expect((await rejection(checkInKpi(kpi.id, { value: 99, at: '2026-02-30' }))).at).toMatch(
      /not a real date/,
    );
    expect((await rejection(checkInKpi(kpi.id, { value: Infinity }))).value).toBe(
      'Value must be a number',
    );
    expect(await db.kpiCheckIns.count()).toBe(0);
  });

  it('refuses a check-in of a deleted KPI', async () => {
    const kpi = await createKpi(ws.company.id, uptime);
    await deleteKpi(kpi.id);
    expect(await rejection(checkInKpi(kpi.id, { value: 99 }))).toEqual({
      id: 'This KPI no longer exists',
    });
    expect(await db.kpiCheckIns.count()).toBe(0);
  });

  it('edits a KPI, and undoing the edit puts the old thresholds back', async () => {
    const kpi = await createKpi(ws.company.id, uptime);
    const before = await updateKpi(kpi.id, { warningAt: 99.9, name: 'Uptime (API)' });
    expect(await db.kpis.get(kpi.id)).toMatchObject({ warningAt: 99.9, name: 'Uptime (API)' });
    expect((await rejection(updateKpi(kpi.id, { criticalAt: 100 }))).criticalAt).toBeDefined();
    await putBackKpi(before);
    expect(await db.kpis.get(kpi.id)).toMatchObject({ warningAt: 99.5, name: 'Uptime' });
  });

  it('deletes softly: the KPI and its history stay, and Undo brings it back', async () => {
    const kpi = await createKpi(ws.company.id, uptime);
    await checkInKpi(kpi.id, { value: 99.8 });
    const token = await deleteKpi(kpi.id);
    expect((await db.kpis.get(kpi.id))?.deletedAt).toBeTruthy();
    expect(await db.kpiCheckIns.count()).toBe(1);
    await restoreDeleted(token);
    expect((await db.kpis.get(kpi.id))?.deletedAt).toBeNull();
  });

  it('retires a mistaken check-in, keeping it as history', async () => {
    const kpi = await createKpi(ws.company.id, uptime);
    const c = await checkInKpi(kpi.id, { value: 12 });
    await retireKpiCheckIn(c.id);
    const rows = await db.kpiCheckIns.toArray();
    expect(rows).toHaveLength(1);
    expect(readKpi(kpi, rows).latest).toBeNull();
  });
});

describe('createRecoveryObjective', () => {
  it("opens an objective of the KPI's unit in the cycle, linked to the KPI", async () => {
    const kpi = await createKpi(ws.company.id, uptime);
    const o = await createRecoveryObjective(kpi.id, {
      title: 'Bring Uptime back to healthy',
      cycleId: ws.cycle.id,
    });
    expect(await db.objectives.get(o.id)).toMatchObject({
      ownerId: ws.company.id,
      cycleId: ws.cycle.id,
      kpiIds: [kpi.id],
      title: 'Bring Uptime back to healthy',
    });
  });

  it('refuses an empty title or a closed cycle, and writes nothing', async () => {
    const kpi = await createKpi(ws.company.id, uptime);
    expect(
      (await rejection(createRecoveryObjective(kpi.id, { title: ' ', cycleId: ws.cycle.id })))
        .title,
    ).toMatch(/cannot be empty/);
    await setCycleState(ws.cycle.id, 'closed');
    await expect(
      createRecoveryObjective(kpi.id, { title: 'Recover', cycleId: ws.cycle.id }),
    ).rejects.toThrow(/closed/);
    expect(await db.objectives.count()).toBe(0);
  });
});
