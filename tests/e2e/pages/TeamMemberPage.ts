import { expect, type Page } from '@playwright/test';
import { WorkspacesPage } from './WorkspacesPage';

export interface MemberSetup {
  /** The team workspace's id and name on the switcher. */
  id: string;
  name: string;
  /** The unit (by name) this member leads; everything else but their own goals is view only. */
  leads: string;
  admin?: boolean;
}

/**
 * A team workspace this browser joined, holding the same data as the personal one, with this
 * person (the personal workspace's "Me") as the member. No team server answers here: the
 * workspace is put on the list as `addJoinedTeam` does, its invite code kept as the browser
 * host keeps secrets, and the member kept where the transport keeps what the server's member
 * message says (syncState `team` and `member`), so rights are decided offline as they are
 * between connections. The server address is one nothing listens on.
 */
export async function openAsTeamMember(page: Page, setup: MemberSetup): Promise<void> {
  const ws = new WorkspacesPage(page);
  await ws.addJoinedTeam(setup.id, setup.name, 'ws://127.0.0.1:9');
  await page.evaluate((id) => localStorage.setItem(`cairn.secret.${id}`, 'TEST-CODE'), setup.id);
  await ws.switchTo(`${setup.name} · team`);
  await expect(page.getByRole('heading', { name: `Waiting for ${setup.name}` })).toBeVisible();
  await page.evaluate(
    async ({ from, to, leads, admin }) => {
      const open = (name: string) =>
        new Promise<IDBDatabase>((resolve, reject) => {
          const r = indexedDB.open(name);
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
      const done = (tx: IDBTransaction) =>
        new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      const src = await open(from);
      const dst = await open(to);
      const names = [...src.objectStoreNames].filter((n) => dst.objectStoreNames.contains(n));
      const rows: Record<string, { keys: IDBValidKey[]; values: Record<string, unknown>[] }> = {};
      const read = src.transaction(names, 'readonly');
      for (const n of names) {
        const store = read.objectStore(n);
        const entry = { keys: [] as IDBValidKey[], values: [] as Record<string, unknown>[] };
        rows[n] = entry;
        store.getAll().onsuccess = (e) =>
          (entry.values = (e.target as IDBRequest<Record<string, unknown>[]>).result);
        store.getAllKeys().onsuccess = (e) =>
          (entry.keys = (e.target as IDBRequest<IDBValidKey[]>).result);
      }
      await done(read);
      const me = rows.settings!.values.find((r) => r.key === 'me')!.value as string;
      for (const u of rows.orgUnits!.values) if (u.name === leads) u.leadIds = [me];
      const write = dst.transaction(names, 'readwrite');
      for (const n of names) {
        const store = write.objectStore(n);
        rows[n]!.values.forEach((v, i) =>
          store.keyPath === null ? store.put(v, rows[n]!.keys[i]) : store.put(v),
        );
      }
      const state = write.objectStore('syncState');
      state.put({ key: 'team', value: { memberId: me } });
      state.put({ key: 'member', value: { personId: me, admin } });
      await done(write);
      src.close();
      dst.close();
    },
    { from: 'cairn', to: `cairn-team-${setup.id}`, leads: setup.leads, admin: !!setup.admin },
  );
  await page.reload();
  await expect(ws.switcher).toHaveAccessibleName(`Workspace: ${setup.name}`);
}
