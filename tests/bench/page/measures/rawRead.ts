import { DB_NAME } from '../../../../renderer/src/db/schema';
import { SIZE_SPECS, type Size } from '../../gen/workspace';

/**
 * Raw IndexedDB reads (no Dexie, no live queries) of what any view of a cycle's alignment
 * must read: the org, the cycle's objectives and key results. The baseline side of the map
 * measures: the floor the app's own reads are compared with.
 */

let conn: Promise<IDBDatabase> | null = null;

function openRaw(): Promise<IDBDatabase> {
  return (conn ??= new Promise((resolve, reject) => {
    const r = indexedDB.open(DB_NAME);
    r.onsuccess = () => {
      // Never hold up the app's own schema upgrade.
      r.result.onversionchange = () => {
        r.result.close();
        conn = null;
      };
      resolve(r.result);
    };
    r.onerror = () => reject(r.error);
  }));
}

function getAll(
  idb: IDBDatabase,
  store: string,
  index?: string,
  key?: IDBValidKey,
): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const s = idb.transaction(store, 'readonly').objectStore(store);
    const r = index ? s.index(index).getAll(key) : s.getAll();
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

/** Reads the org and the cycle's objectives and key results at once; returns the row count. */
export async function readCycleRaw(cycleId: string): Promise<number> {
  const idb = await openRaw();
  const lists = await Promise.all([
    getAll(idb, 'orgUnits'),
    getAll(idb, 'objectives', 'cycleId', cycleId),
    getAll(idb, 'keyResults', 'cycleId', cycleId),
  ]);
  return lists.reduce((n, l) => n + l.length, 0);
}

const ids = new Map<string, string>();

/**
 * The id of a seeded cycle, found by its name among the database's few cycles: generating
 * the cycle to learn it took seconds (10,000 objectives) of every run.
 */
async function seededCycleId(size: Size, cycleKey: string): Promise<string> {
  const name = SIZE_SPECS[size].cycles.find((c) => c.key === cycleKey)?.name;
  const cycles = (await getAll(await openRaw(), 'cycles')) as { id: string; name: string }[];
  const id = cycles.find((c) => c.name === name)?.id;
  if (!id) throw new Error(`no cycle ${cycleKey} of ${size} in this database`);
  return id;
}

/** The raw read of a seeded cycle, timed (its id is found and the connection opened untimed first). */
export async function rawRead(size: Size, cycleKey: string): Promise<{ ms: number; rows: number }> {
  let id = ids.get(`${size}:${cycleKey}`);
  if (!id) ids.set(`${size}:${cycleKey}`, (id = await seededCycleId(size, cycleKey)));
  await openRaw();
  const t0 = performance.now();
  const rows = await readCycleRaw(id);
  return { ms: performance.now() - t0, rows };
}
