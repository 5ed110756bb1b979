import type { Cycle, OrgUnit, Setting } from '@shared/domain/model';
import type { CycleOwners } from '@shared/domain/ownerList';
import { pickOpenCycle } from '@shared/domain/openCycle';
import { activeWorkspace } from '../workspaces/registry';
import { IDB_VERSION } from './schemaVersion';

/**
 * What the first screen needs, read while the app's script is still loading.
 *
 * A window spends ~0.5 s fetching and evaluating its start-up script before its first
 * database request, and the Objectives list then waits on the org (5,700 units in the L
 * benchmark, ~170 ms), the cycles, the settings and the open cycle's owner list before a
 * group can read its objectives (docs/benchmarks.md). This module imports neither Dexie nor
 * zod, so main.tsx starts these reads first, in one raw IndexedDB transaction, and they run
 * while the rest of the script is evaluated. The live-query hooks start from them while the
 * window opens (db/useOpeningRead.ts); afterwards they are dropped.
 *
 * Only a database already at the latest schema is read: a missing one is made, and an older
 * one upgraded, by Dexie as before.
 */
export interface OpeningReads {
  /** Every row as stored (soft-deleted ones too: callers filter as their queries do). */
  cycles: Cycle[];
  orgUnits: OrgUnit[];
  settings: Setting[];
  /** The cycle the window opens on (`pickOpenCycle`), and its owner list. */
  openCycleId: string | null;
  owners: CycleOwners | undefined;
}

/** Long enough for the first screen of a large workspace on a busy machine. */
const OPENING_AT_MOST_MS = 5000;

let reads: OpeningReads | null = null;
let started: Promise<OpeningReads | null> | null = null;
let over = false;
const listeners = new Set<() => void>();

/** Starts the reads (once); resolves with them, or null when there is nothing to read early. */
export function startOpeningReads(
  dbName = activeWorkspace().dbName,
  today = new Date(),
): Promise<OpeningReads | null> {
  started ??= readOpening(dbName, isoDay(today))
    .catch(() => null)
    .then((r) => {
      if (!over) reads = r;
      // Nothing read early: nothing to wait for.
      if (!r) over = true;
      notify();
      // However the window opens, every hook reads live a few seconds later at the latest.
      setTimeout(endOpening, OPENING_AT_MOST_MS);
      return r;
    });
  return started;
}

/** The reads once started (null if they were not): App picks the open cycle from them. */
export const openingReadsDone = (): Promise<OpeningReads | null> =>
  started ?? Promise.resolve(null);

/** The early reads while the window opens; null before they arrive and once it has opened. */
export const openingReads = (): OpeningReads | null => (over ? null : reads);

/**
 * Whether the window has opened: reads that the first screen does not need (reminders, file
 * feeds) wait for it, so they do not queue ahead of the list's in a database that serves one
 * request after another. A window that read nothing early (tests, a first launch) has.
 */
export const windowOpened = (): boolean => over || started === null;

/**
 * The first screen has been drawn (or the window went elsewhere): from now on every hook
 * reads live, and nothing stands in for a live query's first answer any more.
 */
export function endOpening(): void {
  if (over) return;
  over = true;
  reads = null;
  notify();
}

export function subscribeOpening(fn: () => void): () => void {
  listeners.add(fn);
  return () => void listeners.delete(fn);
}

const notify = () => listeners.forEach((fn) => fn());

/** For tests: forget everything, as a new window would. */
export function resetOpeningReads(): void {
  reads = null;
  started = null;
  over = false;
  notify();
}

/** Today as `yyyy-MM-dd` in local time, as shared/domain/cycle's toIsoDate writes it. */
function isoDay(d: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

const done = <T>(req: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

async function readOpening(dbName: string, todayIso: string): Promise<OpeningReads | null> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return null;
  const known = (await indexedDB.databases()).find((d) => d.name === dbName);
  if (known?.version !== IDB_VERSION) return null;
  const open = indexedDB.open(dbName, IDB_VERSION);
  // Deleted meanwhile: opening would make an empty database Dexie then fails to upgrade.
  open.onupgradeneeded = () => open.transaction?.abort();
  const idb = await done(open);
  // Another window upgrading waits for every connection to close: never hold it up.
  idb.onversionchange = () => idb.close();
  try {
    const tx = idb.transaction(['cycles', 'orgUnits', 'settings', 'cycleOwners'], 'readonly');
    const all = <T>(store: string) => done(tx.objectStore(store).getAll() as IDBRequest<T[]>);
    const orgUnits = all<OrgUnit>('orgUnits');
    const settings = all<Setting>('settings');
    const cycles = await all<Cycle>('cycles');
    // Still inside the transaction: a promise's continuation runs before it can commit.
    const openCycle = pickOpenCycle(
      cycles.filter((c) => !c.deletedAt),
      todayIso,
    );
    const owners = openCycle
      ? await done(tx.objectStore('cycleOwners').get(openCycle.id) as IDBRequest<CycleOwners>)
      : undefined;
    return {
      cycles,
      orgUnits: await orgUnits,
      settings: await settings,
      openCycleId: openCycle?.id ?? null,
      owners,
    };
  } finally {
    idb.close();
  }
}
