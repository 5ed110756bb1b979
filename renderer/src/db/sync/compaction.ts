import type { DBCoreTransaction } from 'dexie';
import * as Y from 'yjs';
import type { CairnDb } from '../schema';
import { loadDocument, storedSnapshot, storedUpdates, type Tx } from './docStore';
import { bottomCore } from './recorder';

/**
 * Compaction: a document's stored updates merged into one snapshot, so loading a document
 * does not replay every edit ever made and the sync tables stop growing with each keystroke.
 *
 * The policy: a document is compacted once it holds more than `threshold` updates the server
 * already has (remote ones, and local ones marked pushed). It is checked after the server
 * acknowledges a push or a teammate's batch is written, and for every document once when sync
 * starts, each time after a quiet moment (`delayMs` without sync activity on that document,
 * then the browser's idle callback), so a burst of edits is compacted once, after it; a
 * document busy for ten times that long is checked anyway. Local updates the server does not
 * have yet are never merged away: they stay stored, to be pushed.
 * A compaction is one short transaction of its own; a write waits for it at most that long.
 */

export interface CompactionPolicy {
  /** Updates already on the server a document may hold before it is compacted. */
  threshold: number;
  /** How long a document must be quiet before it is checked. */
  delayMs: number;
}

export const COMPACTION_POLICY: CompactionPolicy = { threshold: 50, delayMs: 2000 };

const isDone = (u: { origin: string; pushed: number }) => !(u.origin === 'local' && !u.pushed);

/**
 * Merges a document's stored updates into one snapshot (deleted content collected). Local
 * updates the server does not have yet stay stored beside it, to be pushed. Returns how many
 * updates were merged away.
 */
export async function compactDocument(database: CairnDb, docName: string): Promise<number> {
  return database.transaction('rw', [database.syncUpdates, database.syncSnapshots], async (t) => {
    const tx: Tx = {
      core: bottomCore(database.name),
      trans: t.idbtrans as unknown as DBCoreTransaction,
    };
    const stored = await storedUpdates(tx, docName);
    const done = stored.filter(isDone);
    if (!done.length) return 0;
    const doc = await loadDocument(tx, docName);
    const upToSeq = Math.max(
      (await storedSnapshot(tx, docName))?.upToSeq ?? 0,
      ...stored.map((u) => u.seq!),
    );
    await database.syncSnapshots.put({ docName, state: Y.encodeStateAsUpdate(doc), upToSeq });
    // Below Dexie's middlewares: dropping merged updates is bookkeeping, not a mass delete
    // for the backup safety net to stop.
    await tx.core
      .table('syncUpdates')
      .mutate({ type: 'delete', trans: tx.trans, keys: done.map((u) => u.seq!) });
    return done.length;
  });
}

/** Compacts a document if it holds more than `threshold` updates the server has. */
export async function compactIfDue(
  database: CairnDb,
  docName: string,
  threshold = COMPACTION_POLICY.threshold,
): Promise<number> {
  const done = await database.syncUpdates
    .where('[docName+seq]')
    .between([docName, 0], [docName, Infinity])
    .filter(isDone)
    .count();
  return done > threshold ? compactDocument(database, docName) : 0;
}

export interface Compaction {
  /** Sync activity on a document: check it once it has been quiet for a while. */
  touched(docName: string): void;
  /** Resolves once every check asked for so far has run (tests; a clean stop). */
  settled(): Promise<void>;
  stop(): void;
}

type IdleWindow = { requestIdleCallback?: (fn: () => void, o?: { timeout: number }) => number };
const whenIdle = (fn: () => void) => {
  const idle = (globalThis as IdleWindow).requestIdleCallback;
  if (idle) idle(fn, { timeout: 10_000 });
  else fn();
};

/**
 * Runs the policy for one database: documents touched by sync are checked after a quiet
 * moment, and every stored document once at the start. A failed check changes nothing (its
 * transaction aborts) and is tried again the next time the document is touched.
 */
export function compactionFor(
  database: CairnDb,
  policy: CompactionPolicy = COMPACTION_POLICY,
  onError: (err: unknown) => void = (err) => console.warn('Compaction failed', err),
): Compaction {
  const timers = new Map<string, { timer: ReturnType<typeof setTimeout>; since: number }>();
  let chain: Promise<void> = Promise.resolve();
  let stopped = false;
  const check = (docName: string) => {
    chain = chain.then(async () => {
      if (stopped || !database.isOpen()) return;
      try {
        await compactIfDue(database, docName, policy.threshold);
      } catch (err) {
        // The workspace was closed meanwhile: nothing to compact any more.
        if ((err as Error | null)?.name !== 'DatabaseClosedError') onError(err);
      }
    });
  };
  const later = (docName: string) => {
    const pending = timers.get(docName);
    // A document that is never quiet (a busy team) is still checked now and then.
    if (pending && Date.now() - pending.since > policy.delayMs * 10) return;
    if (pending) clearTimeout(pending.timer);
    const timer = setTimeout(() => {
      timers.delete(docName);
      whenIdle(() => check(docName));
    }, policy.delayMs);
    // A pending check must not keep a Node process (tests, the bench) alive.
    (timer as { unref?: () => void }).unref?.();
    timers.set(docName, { timer, since: pending?.since ?? Date.now() });
  };
  const started = storedDocNames(database)
    .then((names) => names.forEach(later))
    .catch((err: unknown) => {
      if ((err as Error | null)?.name !== 'DatabaseClosedError') onError(err);
    });
  return {
    touched: (docName) => void (stopped || later(docName)),
    async settled() {
      await started;
      while (timers.size) {
        for (const [docName, { timer }] of timers) {
          clearTimeout(timer);
          timers.delete(docName);
          check(docName);
        }
        await chain;
      }
      await chain;
    },
    stop() {
      stopped = true;
      for (const { timer } of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}

async function storedDocNames(database: CairnDb): Promise<string[]> {
  const keys = (await database.syncUpdates.orderBy('[docName+seq]').uniqueKeys()) as unknown as [
    string,
    number,
  ][];
  return [...new Set(keys.map((k) => k[0]))];
}
