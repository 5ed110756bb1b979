import type { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { liveQuery, type Subscription } from 'dexie';
import * as Y from 'yjs';
import { parseMemberMessage } from '@shared/sync/memberMessage';
import { documentAccess, type OrgUnitLink, type SyncMember } from '@shared/sync/permissions';
import { teamDocumentNames } from '@shared/sync/teamDocuments';
import type { CairnDb } from '../db/schema';
import { onLocalUpdates } from '../db/sync/localNotify';
import { teamOf, teamSync, type SyncSeam } from '../db/sync/teamSync';
import { closeLink, enqueue, openLink, type DocLink, type LinkEvents } from './docLink';
import type { SyncStatus, TeamSyncHandle, TeamSyncOptions } from './api';
import { keepMember, memberAtStart } from './member';
import { refusedMessage, REVOKED_MESSAGE } from './messages';
import { announcePresence, othersOnline } from './presence';
import { finishReset, onRefusedWrite, type RefusalHost } from './refusedWrites';
import { composeStatus, StatusListeners } from './status';
import { followBrowserNetwork, openTeamSocket } from './teamSocket';
import { UpdateFlow } from './updateFlow';

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
 * `UpdateFlow` moves the updates; `refusedWrites` handles a write the server dropped.
 */
export class TeamTransport implements TeamSyncHandle {
  private readonly seam: SyncSeam;
  private readonly db: CairnDb;
  private readonly links = new Map<string, DocLink>();
  private readonly opening = new Map<string, Promise<DocLink | null>>();
  private readonly listeners = new StatusListeners();
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly flow: UpdateFlow;
  private readonly refusals: RefusalHost;
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
  readonly ready: Promise<void>;

  constructor(private readonly options: TeamSyncOptions) {
    this.db = options.db;
    this.seam = teamSync(options.db);
    this.flow = new UpdateFlow(this.seam, {
      changed: () => this.emit(),
      tell: (text) => this.tell(text),
      report: this.report,
    });
    this.refusals = {
      db: this.db,
      isStopped: () => this.stopped,
      orgProvider: () => this.links.get('org')?.provider,
      reopen: (link, fromServer, secondTry) => this.reopen(link, fromServer, secondTry),
      unitNames: () => this.org.units,
      tell: (text) => this.tell(text),
      afterReset: async (link) => {
        await this.flow.flushRemote(link);
        await this.flow.recount(link);
      },
    };
    this.socket = openTeamSocket(options, {
      connection: (connected) => {
        this.connected = connected;
        // Was connected once and lost it (offline), as opposed to still connecting.
        this.lostConnection = !connected;
        this.emit();
      },
      revoked: () => this.refuse(REVOKED_MESSAGE),
    });
    this.ready = this.start().catch((err: unknown) => this.report(err));
  }

  private async start(): Promise<void> {
    const team = await teamOf(this.db);
    if (!team) return this.refuse('This workspace is not a team workspace');
    this.member = await memberAtStart(this.db, team);
    this.cleanups.push(
      followBrowserNetwork(this.socket),
      onLocalUpdates(this.db.name, (names) => {
        for (const name of names) void this.linkFor(name).then((l) => l && this.flow.pushLocal(l));
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
    const pending = fromServer ? [] : await this.flow.loadLocal(doc, name);
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

  /** Opens a document again on the same socket, in place of the link given. */
  private reopen(link: DocLink, fromServer: boolean, secondTry = false): Promise<DocLink | null> {
    closeLink(link);
    this.links.delete(link.name);
    const opening = this.open(link.name, fromServer)
      .then((l) => {
        if (l && secondTry) l.secondTry = true;
        return l;
      })
      .finally(() => this.opening.delete(link.name));
    this.opening.set(link.name, opening);
    return opening;
  }

  private readonly events: LinkEvents = {
    remote: (link, update) => this.flow.received(link, update),
    allAcknowledged: (link) => this.flow.acknowledged(link),
    refused: (link) => void onRefusedWrite(this.refusals, link),
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
        void enqueue(link, () => finishReset(this.refusals, link, state), this.report);
      }
      this.emit();
    },
  };

  private async learnMember(member: SyncMember): Promise<void> {
    const was = this.member;
    this.member = member;
    this.emit();
    await keepMember(this.db, was, member);
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
    // Not the scope the server gave when the document opened: that answered for the org tree
    // it held then, and the server decides again on every org change without saying so (a
    // sharer's documents open read-only until the tree they lead reaches it). The same rule
    // on this copy of the tree; a write the server still refuses is reset and explained.
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
    return this.listeners.subscribe(listener);
  }

  private emit(): void {
    this.listeners.emit(() => this.status());
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
