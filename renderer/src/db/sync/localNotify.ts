import type { Tx } from './docStore';

/**
 * Tells the transport that local updates were committed, and to which documents. The
 * recorder writes below Dexie's observability layer, so a live query on `syncUpdates` never
 * hears of them; this is that signal. Fired on commit only: an aborted write sends nothing.
 */
type Listener = (docNames: ReadonlySet<string>) => void;

const listeners = new Map<string, Set<Listener>>();
const pending = new WeakMap<object, Set<string>>();

export function onLocalUpdates(dbName: string, listener: Listener): () => void {
  let set = listeners.get(dbName);
  if (!set) listeners.set(dbName, (set = new Set()));
  set.add(listener);
  return () => void set.delete(listener);
}

export function announceOnCommit(tx: Tx, docName: string): void {
  const trans = tx.trans as unknown as object & Partial<EventTarget>;
  let names = pending.get(trans);
  if (names) {
    names.add(docName);
    return;
  }
  pending.set(trans, (names = new Set([docName])));
  const dbName = tx.core.schema.name;
  trans.addEventListener?.(
    'complete',
    () => {
      for (const listener of listeners.get(dbName) ?? []) listener(names);
    },
    { once: true },
  );
}
