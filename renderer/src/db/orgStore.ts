import Dexie from 'dexie';
import type { OrgUnit } from '@shared/domain/model';
import { reportError } from '../ui/errors';
import { openingReads } from './openingReads';
import { live } from './records';
import { db } from './schema';

/**
 * The org, one copy for the window: taken from the early reads when the window opened with
 * them (db/openingReads.ts), else read once, and read again only when a write touches
 * `orgUnits` — in this window, in another window of the workspace (Dexie relays those), or a
 * teammate's change applied here. A live query per picker instead read every unit again just
 * after the window opened, in a database that serves one request after another: with 5,700
 * units it landed inside the first cycle switch (docs/benchmarks.md, the list measure).
 */
let rows: OrgUnit[] | undefined;
/** An org write seen before the first use: the early rows may be older than it. */
let changed = false;
let reading = 0;
let wanted = false;
const listeners = new Set<() => void>();

const touchesOrg = (parts: Record<string, unknown>) =>
  Object.keys(parts).some((key) => key.startsWith(`idb://${db.name}/orgUnits/`));

Dexie.on('storagemutated', (parts) => {
  if (!touchesOrg(parts)) return;
  if (wanted) read();
  else changed = true;
});

// A closed database (tests start each from a new one; an upgrade reloads the window) leaves
// nothing to keep: the next use reads afresh.
db.on('close', () => {
  rows = undefined;
  wanted = false;
  changed = true;
  reading++;
});

function read(): void {
  const mine = ++reading;
  db.orgUnits.toArray().then((all) => {
    // A later write started a newer read: its answer is the one to keep.
    if (mine !== reading) return;
    rows = live(all);
    listeners.forEach((fn) => fn());
  }, reportError);
}

function start(): void {
  if (wanted) return;
  wanted = true;
  const early = changed ? undefined : openingReads()?.orgUnits;
  if (early) rows = live(early);
  else read();
}

/** The org's live units, undefined until first read (useSyncExternalStore's snapshot). */
export function orgUnitsNow(): OrgUnit[] | undefined {
  start();
  return rows;
}

export function subscribeOrgUnits(fn: () => void): () => void {
  start();
  listeners.add(fn);
  return () => void listeners.delete(fn);
}
