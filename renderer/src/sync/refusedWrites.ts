import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { CairnDb } from '../db/schema';
import { resetDocument } from '../db/sync/resetDocument';
import type { DocLink } from './docLink';
import { refusedWriteMessage } from './messages';

/** What the refused-write flow needs of the transport. */
export interface RefusalHost {
  readonly db: CairnDb;
  isStopped(): boolean;
  /** The org document's provider as it is now: the org link may be replaced meanwhile. */
  orgProvider(): HocuspocusProvider | undefined;
  /**
   * Closes the link and opens its document again on the same socket: from what Dexie stores,
   * or (`fromServer`) empty, to take the server's copy once synced.
   */
  reopen(link: DocLink, fromServer: boolean, secondTry?: boolean): Promise<DocLink | null>;
  unitNames(): readonly { id: string; name: string }[];
  tell(text: string): void;
  /** After a reset: what arrived meanwhile is applied and the waiting count taken again. */
  afterReset(link: DocLink): Promise<void>;
}

/**
 * The server dropped an edit of this document. Its rights come from the org tree it holds,
 * which may not have this member's new role yet (an admin's org changes travel at the same
 * time): once the org is on the server, the document is opened again, and a second
 * refusal is final.
 */
export async function onRefusedWrite(host: RefusalHost, link: DocLink): Promise<void> {
  if (link.name === 'org' || link.secondTry) return resetFromServer(host, link);
  if (link.resetting || link.stopped || host.isStopped()) return;
  link.resetting = true;
  await orgSettled(host);
  if (link.stopped || host.isStopped()) return;
  void host.reopen(link, false, true);
}

/** Resolves once the server has every org change of this client. */
function orgSettled(host: RefusalHost): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      const org = host.orgProvider();
      if (host.isStopped() || (org?.isSynced && org.unsyncedChanges === 0)) {
        clearInterval(timer);
        resolve();
      }
    };
    // The org link may be replaced meanwhile: look it up again rather than listen to one.
    const timer = setInterval(check, 50);
    check();
  });
}

/**
 * The server dropped an edit of this document: this member may only read it. Its copy
 * here is thrown away and taken again from the server, and the person is told why.
 */
function resetFromServer(host: RefusalHost, link: DocLink): void {
  if (link.stopped || host.isStopped()) return;
  link.resetting = true;
  void host.reopen(link, true);
}

/** The fresh copy holds the server's state: it replaces this document's rows and updates. */
export async function finishReset(
  host: RefusalHost,
  link: DocLink,
  state: Uint8Array,
): Promise<void> {
  await resetDocument(host.db, link.name, state);
  link.resetting = false;
  link.inFlight.clear();
  // Every local update of the document is gone: whatever comes next is new.
  link.lastSeq = 0;
  host.tell(refusedWriteMessage(link.name, host.unitNames()));
  await host.afterReset(link);
}
