import * as Y from 'yjs';
import { SyncRefusal, type SyncSeam } from '../db/sync/teamSync';
import { enqueue, LOCAL_ORIGIN, type DocLink } from './docLink';

/** What the update flow tells the transport. */
export interface FlowEvents {
  /** Something the status shows changed (a waiting count). */
  changed(): void;
  /** A message for the person (a teammate's change refused). */
  tell(text: string): void;
  /** A Dexie step failed. */
  report(err: unknown): void;
}

/**
 * Moves updates between Dexie (through the seam) and a document's Y.Doc, one Dexie step at a
 * time per document: local updates into the doc (so out to the server), a teammate's into
 * Dexie once per tick, and the server's acknowledgements into `markPushed`.
 */
export class UpdateFlow {
  constructor(
    private readonly seam: SyncSeam,
    private readonly events: FlowEvents,
  ) {}

  /** Fills a new doc with what Dexie stores of the document; returns the updates not pushed. */
  async loadLocal(doc: Y.Doc, name: string): Promise<{ seq: number; update: Uint8Array }[]> {
    Y.applyUpdate(doc, await this.seam.documentState(name), LOCAL_ORIGIN);
    // Read after the state: a write in between is in here, and applying twice is harmless.
    const pending = await this.seam.pendingUpdates(name);
    for (const p of pending) Y.applyUpdate(doc, p.update, LOCAL_ORIGIN);
    return pending;
  }

  /** A teammate's update arrived: written to Dexie with the others of this tick. */
  received(link: DocLink, update: Uint8Array): void {
    // A copy being reset takes the server's whole state once synced, not update by update.
    if (link.resetting && !link.provider.isSynced) return;
    link.incoming.push(update);
    if (link.flushScheduled) return;
    link.flushScheduled = true;
    setTimeout(() => {
      link.flushScheduled = false;
      void enqueue(link, () => this.flushRemote(link), this.events.report);
    }, 0);
  }

  /** The server has everything sent so far: those local updates are marked pushed. */
  acknowledged(link: DocLink): void {
    if (link.resetting || !link.inFlight.size) return;
    const seqs = [...link.inFlight];
    link.inFlight.clear();
    void enqueue(
      link,
      async () => {
        await this.seam.markPushed(link.name, seqs);
        await this.recount(link);
      },
      this.events.report,
    );
  }

  /** Local updates committed since the doc last took some: into the doc, so out to the server. */
  pushLocal(link: DocLink): Promise<void> {
    return enqueue(
      link,
      async () => {
        await this.pushLocalNow(link);
        // Nothing new reached the wire (it was in the doc already): the server has it.
        const p = link.provider;
        if (p.isSynced && p.unsyncedChanges === 0) this.acknowledged(link);
      },
      this.events.report,
    );
  }

  async flushRemote(link: DocLink): Promise<void> {
    const batch = link.incoming.splice(0);
    if (!batch.length) return;
    try {
      await this.seam.applyRemote(link.name, batch);
    } catch (err) {
      if (!(err instanceof SyncRefusal)) throw err;
      this.events.tell(err.message);
    }
    // A repair after a merge is recorded as a local edit: it goes out like one.
    await this.pushLocalNow(link);
  }

  private async pushLocalNow(link: DocLink): Promise<void> {
    const pending = await this.seam.pendingUpdates(link.name);
    for (const p of pending) {
      if (p.seq <= link.lastSeq) continue;
      Y.applyUpdate(link.doc, p.update, LOCAL_ORIGIN);
      link.inFlight.add(p.seq);
      link.lastSeq = p.seq;
    }
    link.waiting = pending.length;
    this.events.changed();
  }

  async recount(link: DocLink): Promise<void> {
    link.waiting = (await this.seam.pendingUpdates(link.name)).length;
    this.events.changed();
  }
}
