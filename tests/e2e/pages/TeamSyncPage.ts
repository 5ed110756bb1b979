import { expect, type Locator, type Page } from '@playwright/test';
import * as Y from 'yjs';
import { WorkspacesPage } from './WorkspacesPage';

/** Slow machines: a teammate's change may take a while to arrive; nothing here waits for time. */
export const SYNC_TIMEOUT = 30_000;

/** A team workspace's sync as a person sees it: the status line, sharing, joining, merges. */
export class TeamSyncPage {
  readonly workspaces: WorkspacesPage;

  constructor(readonly page: Page) {
    this.workspaces = new WorkspacesPage(page);
  }

  /** The one-line sync status at the foot of the sidebar. */
  get statusLine(): Locator {
    return this.page.getByRole('navigation', { name: 'Main' }).getByRole('status');
  }

  async expectStatus(text: string | RegExp): Promise<void> {
    await expect(this.statusLine).toHaveText(text, { timeout: SYNC_TIMEOUT });
  }

  /** Shares the open (personal) workspace on the server; the window reloads into the team's. */
  async share(serverUrl: string, code: string): Promise<void> {
    const dialog = await this.workspaces.action('Share this workspace…');
    await this.workspaces.fill(dialog, { address: serverUrl, code });
    await dialog.getByRole('button', { name: 'Share workspace' }).click();
    await expect(this.workspaces.switcher).toHaveAccessibleName(/^Workspace: (?!Personal)/, {
      timeout: SYNC_TIMEOUT,
    });
  }

  /** Joins a team as a new workspace; the window reloads into it. */
  async join(name: string, serverUrl: string, code: string): Promise<void> {
    const dialog = await this.workspaces.action('Join a team…');
    await this.workspaces.fill(dialog, { name, address: serverUrl, code });
    await dialog.getByRole('button', { name: 'Join team' }).click();
    await expect(this.workspaces.switcher).toHaveAccessibleName(`Workspace: ${name}`, {
      timeout: SYNC_TIMEOUT,
    });
  }

  /** Opens Merged changes; its name carries a count when something waits ("…, 1 waiting"). */
  openMergedChanges(): Promise<void> {
    return this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: /^Merged changes/ })
      .click();
  }

  /** Shows every unit's objectives (the Review's scope follows into the other views). */
  showEveryone(): Promise<string[]> {
    return this.page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Everyone' });
  }

  /** The entries of the Merged changes view (open it first with `openMergedChanges`). */
  get mergedEntries(): Locator {
    return this.page.getByRole('main').getByRole('listitem');
  }

  /**
   * The ids of people in the open workspace's org tree, by name. The app shows no ids, but
   * the server's CLI invites by id: an admin would read them from a backup file.
   */
  async personIds(names: readonly string[]): Promise<Record<string, string>> {
    const dbName = await this.openDbName();
    return this.page.evaluate(
      async ([dbName, names]) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open(dbName);
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const units = await new Promise<{ id: string; name: string; kind: string }[]>(
          (resolve, reject) => {
            const all = db.transaction('orgUnits').objectStore('orgUnits').getAll();
            all.onsuccess = () => resolve(all.result);
            all.onerror = () => reject(all.error);
          },
        );
        db.close();
        const ids: Record<string, string> = {};
        for (const name of names) {
          const person = units.find((u) => u.kind === 'person' && u.name === name);
          if (!person) throw new Error(`No person named ${name}`);
          ids[name] = person.id;
        }
        return ids;
      },
      [dbName, names] as const,
    );
  }

  /** The IndexedDB database of the open workspace. */
  private openDbName(): Promise<string> {
    return this.page.evaluate(() => {
      const list = JSON.parse(localStorage.getItem('cairn.workspaces') ?? 'null') as {
        activeId: string;
        workspaces: { id: string; dbName: string }[];
      } | null;
      return list?.workspaces.find((w) => w.id === list.activeId)?.dbName ?? 'cairn';
    });
  }

  /**
   * What a tampered client would do: change an objective's title straight in IndexedDB, with
   * the Yjs update for its team document recorded as a local change waiting to be sent —
   * bypassing every check of the app. The window then reloads, so sync picks the change up.
   */
  async forgeTitle(objectiveTitle: string, forged: string): Promise<void> {
    const dbName = await this.openDbName();
    const stored = await this.page.evaluate(
      async ([dbName, title]) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open(dbName);
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const all = <T>(store: string) =>
          new Promise<T[]>((resolve, reject) => {
            const r = db.transaction(store).objectStore(store).getAll();
            r.onsuccess = () => resolve(r.result as T[]);
            r.onerror = () => reject(r.error);
          });
        const objective = (await all<{ id: string; title: string }>('objectives')).find(
          (o) => o.title === title,
        );
        if (!objective) throw new Error(`No objective titled ${title}`);
        const place = (
          await all<{ table: string; id: string; docName: string }>('syncRecords')
        ).find((r) => r.table === 'objectives' && r.id === objective.id);
        if (!place) throw new Error(`${title} is in no team document`);
        const snapshot = (await all<{ docName: string; state: Uint8Array }>('syncSnapshots')).find(
          (s) => s.docName === place.docName,
        );
        const updates = (await all<{ docName: string; update: Uint8Array }>('syncUpdates'))
          .filter((u) => u.docName === place.docName)
          .map((u) => Array.from(u.update));
        db.close();
        return {
          id: objective.id,
          docName: place.docName,
          parts: [...(snapshot ? [Array.from(snapshot.state)] : []), ...updates],
        };
      },
      [dbName, objectiveTitle] as const,
    );
    const doc = new Y.Doc();
    for (const part of stored.parts) Y.applyUpdate(doc, new Uint8Array(part));
    const before = Y.encodeStateVector(doc);
    const record = doc.getMap<Y.Map<unknown>>('objectives').get(stored.id);
    if (!record) throw new Error(`${objectiveTitle} is not in ${stored.docName}`);
    record.set('title', forged);
    const update = Array.from(Y.encodeStateAsUpdate(doc, before));
    await this.page.evaluate(
      async ([dbName, id, docName, forged, update]) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open(dbName);
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const tx = db.transaction(['objectives', 'syncUpdates'], 'readwrite');
        const objectives = tx.objectStore('objectives');
        const read = objectives.get(id);
        read.onsuccess = () => objectives.put({ ...read.result, title: forged });
        tx.objectStore('syncUpdates').add({
          docName,
          update: new Uint8Array(update),
          origin: 'local',
          pushed: 0,
          fields: [`objectives/${id}/title`],
          at: new Date().toISOString(),
        });
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      },
      [dbName, stored.id, stored.docName, forged, update] as const,
    );
    await this.page.reload();
  }
}
