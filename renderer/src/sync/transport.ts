import { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { liveQuery, type Subscription } from 'dexie';
import * as Y from 'yjs';
import { parseMemberMessage } from '@shared/sync/memberMessage';
import { documentAccess, type OrgUnitLink, type SyncMember } from '@shared/sync/permissions';
import { teamDocumentNames } from '@shared/sync/teamDocuments';
import type { CairnDb } from '../db/schema';
import { onLocalUpdates } from '../db/sync/localNotify';
import { resetDocument } from '../db/sync/resetDocument';
import { SyncRefusal, teamOf, teamSync, type SyncSeam } from '../db/sync/teamSync';
import {
  closeLink,
  enqueue,
  LOCAL_ORIGIN,
  openLink,
  type DocLink,
  type LinkEvents,
} from './docLink';
import type { SyncStatus, TeamSyncHandle, TeamSyncOptions } from './api';
import { refusedMessage, refusedWriteMessage, REVOKED_MESSAGE } from './messages';
import { announcePresence, othersOnline } from './presence';
import { composeStatus } from './status';

/** Close code the team server uses for a revoked (or replaced) invite. */
const REVOKED = 4403;
/** syncState key: who the server last said this member is, for rights while offline. */
const MEMBER_KEY = 'member';

interface OrgFacts {
  units: (OrgUnitLink & { name: string })[];
  cycles: { id: string; deletedAt?: string | null | undefined }[];
}

/**
 * A team workspace's live sync: every document over one WebSocket, Dexie on one side, the
 * server on the other (see `SyncSeam`). Local writes reach the server as soon as they commit;
 * a teammate's updates are written to Dexie in one transaction per document per tick.
 * Whatever the `pushed` marks say, every (re)connect starts with Yjs's handshake, which
 * sends the server whatever it lacks: a mark only feeds the "changes waiting" count.
 */
export class TeamTransport implements TeamSyncHandle {
  private readonly seam: SyncSeam;
  private readonly db: CairnDb;
  private readonly links = new Map<string, DocLink>();
  private readonly opening = new Map<string, Promise<DocLink | null>>();
  private readonly listeners = new Set<(s: SyncStatus) => void>();
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly cleanups: (() => void)[] = [];
  private member: SyncMember | null = null;
  private org: OrgFacts = { units: [], cycles: [] };
  private connected = false;
  private lostConnection = false;
  private refusal: string | null = null;
  private notice: SyncStatus['notice'];
  private noticeSeq = 0;
  private online = 0;
  private stopped = false;
  private last: SyncStatus | null = null;
  readonly ready: Promise<void>;

  constructor(private readonly options: TeamSyncOptions) {
    this.db = options.db;
    this.seam = teamSync(options.db);
    const retry = options.reconnect ?? {};
    this.socket = new HocuspocusProviderWebsocket({
      url: options.serverUrl,
      // Reconnect with back-off: 1 s, doubling, at most every 30 s, with jitter.
      delay: retry.minDelay ?? 1000,
      minDelay: retry.minDelay ?? 1000,
      maxDelay: retry.maxDelay ?? 30_000,
      factor: 2,
      jitter: retry.minDelay === undefined,
      ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
    });
    this.socket.on('connect', () => {
      this.connected = true;
      this.lostConnection = false;
      this.emit();
    });
    this.socket.on('disconnect', () => {
      this.connected = false;
      this.lostConnection = true;
      this.emit();
    });
    this.socket.on('close', ({ event }: { event: { code: number } }) => {
      if (event.code === REVOKED) this.refuse(REVOKED_MESSAGE);
    });
    this.ready = this.start().catch((err: unknown) => this.report(err));
  }

  private async start(): Promise<void> {
    const team = await teamOf(this.db);
    if (!team) return this.refuse('This workspace is not a team workspace');
    const stored = (await this.db.syncState.get(MEMBER_KEY))?.value as SyncMember | undefined;
    // Until the server says otherwise: the member the workspace was joined as, no admin rights.
    this.member =
      stored?.personId === team.memberId ? stored : { personId: team.memberId, admin: false };
    this.cleanups.push(
      onLocalUpdates(this.db.name, (names) => {
        for (const name of names) void this.linkFor(name).then((l) => l && this.pushLocal(l));
      }),
    );
    const org: Subscription = liveQuery(async () => ({
      units: await this.db.orgUnits.toArray(),
      cycles: await this.db.cycles.toArray(),
    })).subscribe({
      next: (facts) => {
        this.org = facts;
        this.emit();
        this.openAll(teamDocumentNames(facts.units, facts.cycles));
      },
      error: (err: unknown) => this.report(err),
    });
    this.cleanups.push(() => org.unsubscribe());
    // The org first: it carries presence, and a member who joined empty learns the rest from it.
    await this.linkFor('org');
    this.openAll(await this.seam.documentNames());
  }

  private openAll(names: readonly string[]): void {
    for (const name of names) void this.linkFor(name);
  }

  /** The document's link, opened from what Dexie stores when it is not open yet. */
  private linkFor(name: string): Promise<DocLink | null> {
    const open = this.links.get(name);
    if (open) return Promise.resolve(open);
    let opening = this.opening.get(name);
    if (!opening) {
      opening = this.open(name, false).finally(() => this.opening.delete(name));
      this.opening.set(name, opening);
    }
    return opening;
  }

  private async open(name: string, fromServer: boolean): Promise<DocLink | null> {
    if (this.stopped) return null;
    const doc = new Y.Doc();
    let pending: { seq: number; update: Uint8Array }[] = [];
    if (!fromServer) {
      Y.applyUpdate(doc, await this.seam.documentState(name), LOCAL_ORIGIN);
      // Read after the state: a write in between is in here, and applying twice is harmless.
      pending = await this.seam.pendingUpdates(name);
      for (const p of pending) Y.applyUpdate(doc, p.update, LOCAL_ORIGIN);
    }
    if (this.stopped) return null;
    const link = openLink(
      name,
      this.socket,
      this.options.inviteCode,
      doc,
      this.events,
      name === 'org',
    );
    link.resetting = fromServer;
    for (const p of pending) link.inFlight.add(p.seq);
    link.lastSeq = Math.max(0, ...pending.map((p) => p.seq));
    link.waiting = pending.length;
    this.links.set(name, link);
    if (name === 'org') this.watchPresence(link);
    this.emit();
    return link;
  }

  private readonly events: LinkEvents = {
    remote: (link, update) => {
      // A copy being reset takes the server's whole state once synced, not update by update.
      if (link.resetting && !link.provider.isSynced) return;
      link.incoming.push(update);
      if (link.flushScheduled) return;
      link.flushScheduled = true;
      setTimeout(() => {
        link.flushScheduled = false;
        void enqueue(link, () => this.flushRemote(link), this.report);
      }, 0);
    },
    allAcknowledged: (link) => {
      if (link.resetting || !link.inFlight.size) return;
      const seqs = [...link.inFlight];
      link.inFlight.clear();
      void enqueue(
        link,
        async () => {
          await this.seam.markPushed(link.name, seqs);
          await this.recount(link);
        },
        this.report,
      );
    },
    refused: (link) => void this.refused(link),
    authenticated: (link) => {
      if (link.name === 'org') this.announcePresence(link);
      this.emit();
    },
    authenticationFailed: (link, reason) => {
      if (reason === 'permission-denied') this.refuse(refusedMessage(reason));
      // A name the server does not know (never one of ours) is dropped, not retried.
      else this.drop(link);
    },
    stateless: (_link, payload) => {
      const member = parseMemberMessage(payload);
      if (member) void this.learnMember(member);
    },
    synced: (link) => {
      if (link.resetting) {
        const state = Y.encodeStateAsUpdate(link.doc);
        void enqueue(link, () => this.finishReset(link, state), this.report);
      }
      this.emit();
    },
  };

  /** Local updates committed since the doc last took some: into the doc, so out to the server. */
  private pushLocal(link: DocLink): Promise<void> {
    return enqueue(
      link,
      async () => {
        await this.pushLocalNow(link);
        // Nothing new reached the wire (it was in the doc already): the server has it.
        const p = link.provider;
        if (p.isSynced && p.unsyncedChanges === 0) this.events.allAcknowledged(link);
      },
      this.report,
    );
  }

  private async flushRemote(link: DocLink): Promise<void> {
    const batch = link.incoming.splice(0);
    if (!batch.length) return;
    try {
      await this.seam.applyRemote(link.name, batch);
    } catch (err) {
      if (!(err instanceof SyncRefusal)) throw err;
      this.tell(err.message);
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
    this.emit();
  }

  private async recount(link: DocLink): Promise<void> {
    link.waiting = (await this.seam.pendingUpdates(link.name)).length;
    this.emit();
  }

  /**
   * The server dropped an edit of this document. Its rights come from the org tree it holds,
   * which may not have this member's new role yet (an admin's org changes travel at the same
   * time): once the org is on the server, the document is opened again, and a second
   * refusal is final.
   */
  private async refused(link: DocLink): Promise<void> {
    if (link.name === 'org' || link.secondTry) return this.resetFromServer(link);
    if (link.resetting || link.stopped || this.stopped) return;
    link.resetting = true;
    await this.orgSettled();
    if (link.stopped || this.stopped) return;
    closeLink(link);
    this.links.delete(link.name);
    const reopened = this.open(link.name, false).then((l) => {
      if (l) l.secondTry = true;
      return l;
    });
    this.opening.set(
      link.name,
      reopened.finally(() => this.opening.delete(link.name)),
    );
  }

  /** Resolves once the server has every org change of this client. */
  private orgSettled(): Promise<void> {
    return new Promise((resolve) => {
      const check = () => {
        const org = this.links.get('org')?.provider;
        if (this.stopped || (org?.isSynced && org.unsyncedChanges === 0)) {
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
  private resetFromServer(link: DocLink): void {
    if (link.stopped || this.stopped) return;
    link.resetting = true;
    closeLink(link);
    this.links.delete(link.name);
    const opening = this.open(link.name, true).finally(() => this.opening.delete(link.name));
    this.opening.set(link.name, opening);
  }

  private async finishReset(link: DocLink, state: Uint8Array): Promise<void> {
    await resetDocument(this.db, link.name, state);
    link.resetting = false;
    link.inFlight.clear();
    // Every local update of the document is gone: whatever comes next is new.
    link.lastSeq = 0;
    this.tell(refusedWriteMessage(link.name, this.org.units));
    await this.flushRemote(link);
    await this.recount(link);
  }

  private async learnMember(member: SyncMember): Promise<void> {
    const was = this.member;
    this.member = member;
    this.emit();
    if (was?.personId === member.personId && was.admin === member.admin) return;
    await this.db.syncState.put({ key: MEMBER_KEY, value: member });
  }

  private watchPresence(link: DocLink): void {
    link.provider.on('awarenessChange', () => {
      this.online = othersOnline(link.provider, this.member?.personId);
      this.emit();
    });
  }

  private announcePresence(link: DocLink): void {
    if (this.member) announcePresence(link.provider, this.member.personId);
  }

  private drop(link: DocLink): void {
    closeLink(link);
    this.links.delete(link.name);
    this.emit();
  }

  /** The server turned this member away: stop syncing; the data here stays. */
  private refuse(message: string): void {
    if (this.refusal) return;
    this.refusal = message;
    void this.shutdown();
    this.emit();
  }

  private tell(text: string): void {
    this.notice = { id: ++this.noticeSeq, text };
    this.emit();
  }

  private readonly report = (err: unknown): void => {
    if (this.stopped) return;
    this.tell(`Sync failed: ${err instanceof Error ? err.message : String(err)}`);
  };

  canWrite(docName: string): boolean {
    if (!this.member) return false;
    if (this.links.get(docName)?.readOnly) return false;
    return documentAccess(docName, this.member, this.org.units) === 'write';
  }

  status(): SyncStatus {
    const links = [...this.links.values()];
    return composeStatus({
      refusal: this.refusal,
      connected: this.connected,
      lostConnection: this.lostConnection,
      waiting: links.reduce((n, l) => n + l.waiting, 0),
      opening: this.opening.size > 0 || links.some((l) => !l.provider.isSynced),
      member: this.member,
      units: this.org.units,
      online: this.online,
      notice: this.notice,
    });
  }

  subscribe(listener: (status: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  private emit(): void {
    if (!this.listeners.size) return;
    const status = this.status();
    if (this.last && JSON.stringify(this.last) === JSON.stringify(status)) return;
    this.last = status;
    for (const listener of this.listeners) listener(status);
  }

  /** Disconnects (as going offline does); `resume` reconnects. Data and pending edits stay. */
  pause(): void {
    this.socket.disconnect();
  }

  resume(): void {
    if (!this.stopped) void this.socket.connect();
  }

  /** Waits until every Dexie step started so far has finished (tests, and stop). */
  async settled(): Promise<void> {
    await Promise.all([...this.opening.values()]);
    await Promise.all([...this.links.values()].map((l) => l.work));
  }

  private async shutdown(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    const links = [...this.links.values()];
    await Promise.all(links.map((l) => l.work));
    for (const link of links) closeLink(link);
    this.links.clear();
    this.socket.destroy();
  }

  async stop(): Promise<void> {
    await this.ready;
    await this.shutdown();
    this.listeners.clear();
  }
}
