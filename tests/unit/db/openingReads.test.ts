import { afterEach, describe, expect, it } from 'vitest';
import { CairnDb, db } from '../../../renderer/src/db/schema';
import {
  endOpening,
  openingReads,
  resetOpeningReads,
  startOpeningReads,
  windowOpened,
} from '../../../renderer/src/db/openingReads';
import { LATEST_SCHEMA_VERSION } from '../../../renderer/src/db/schemaVersion';
import { createObjective } from '../../../renderer/src/db/commands/objectives';
import { createCycle } from '../../../renderer/src/db/commands/cycles';
import { ownerCounts } from '../../../renderer/src/db/ownerQueries';
import { readPreferences, saveSettings } from '../../../renderer/src/db/commands/settings';
import { ownerCountsOf } from '../../../shared/domain/ownerList';
import { normalisePreferences } from '../../../shared/domain/settings';
import { freshWorkspace } from './helpers';

const TODAY = new Date(2026, 10, 25);
const known = async () => (await indexedDB.databases()).map((d) => [d.name, d.version]);

afterEach(() => resetOpeningReads());

describe('the early reads a window starts before its script has loaded', () => {
  it('reads the org, the settings and the open cycle with its owner list, as the app reads them', async () => {
    const { company, meId, cycle } = await freshWorkspace(TODAY);
    await createObjective({ title: 'Win the market', ownerId: company.id, cycleId: cycle.id });
    await createObjective({ title: 'Ship the beta', ownerId: meId, cycleId: cycle.id });
    await createObjective({ title: 'Hire two engineers', ownerId: meId, cycleId: cycle.id });
    // A later cycle does not take the place of the one containing today.
    await createCycle(
      { name: 'Q1 2027', kind: 'quarter', start: '2027-01-01', end: '2027-03-31' },
      company.id,
    );
    await saveSettings({ ...(await readPreferences()), name: 'Ada', theme: 'dark' });

    const reads = await startOpeningReads(db.name, TODAY);

    expect(reads?.openCycleId).toBe(cycle.id);
    expect(ownerCountsOf(reads?.owners)).toEqual(await ownerCounts(cycle.id));
    expect(reads?.orgUnits.map((u) => u.name).sort()).toEqual(['Ada', 'My company']);
    expect(
      normalisePreferences(Object.fromEntries(reads!.settings.map((s) => [s.key, s.value]))),
    ).toEqual(await readPreferences());
    expect(openingReads()).toBe(reads);
  });

  it('hands nothing out once the window has opened: from then on everything reads live', async () => {
    await freshWorkspace(TODAY);
    expect(await startOpeningReads(db.name, TODAY)).not.toBeNull();
    // Reminders and file feeds wait for the first screen.
    expect(windowOpened()).toBe(false);
    endOpening();
    expect(openingReads()).toBeNull();
    expect(windowOpened()).toBe(true);
  });

  it('has nothing to wait for when it read nothing early', async () => {
    expect(await startOpeningReads('cairn-first-launch', TODAY)).toBeNull();
    expect(windowOpened()).toBe(true);
  });

  it('reads nothing, and makes no database, where the workspace has none yet', async () => {
    expect(await startOpeningReads('cairn-never-opened', TODAY)).toBeNull();
    expect(await known()).not.toContainEqual(['cairn-never-opened', expect.anything()]);
    // Dexie then makes it as on any first launch.
    const fresh = new CairnDb('cairn-never-opened');
    await fresh.open();
    expect(fresh.tables.map((t) => t.name)).toContain('cycleOwners');
    await fresh.delete();
  });

  it('reads nothing from a workspace an upgrade has not reached yet, and leaves its version alone', async () => {
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('cairn-v3', (LATEST_SCHEMA_VERSION - 1) * 10);
      req.onupgradeneeded = () => req.result.createObjectStore('cycles', { keyPath: 'id' });
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    old.close();
    expect(await startOpeningReads('cairn-v3', TODAY)).toBeNull();
    expect(await known()).toContainEqual(['cairn-v3', (LATEST_SCHEMA_VERSION - 1) * 10]);
    indexedDB.deleteDatabase('cairn-v3');
  });

  it('expects the version the schema declares last', () => {
    expect(new CairnDb('cairn-version-check').verno).toBe(LATEST_SCHEMA_VERSION);
  });
});
