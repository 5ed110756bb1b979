import { expect, type Page } from '@playwright/test';
import * as Y from 'yjs';
import { countCycleOwners } from '../../../shared/domain/ownerList';
import { writeRecord, type Edit, type Row } from '../../../shared/sync/recordDoc';
import { WorkspacesPage } from './WorkspacesPage';

/**
 * A team workspace with the team's data already received, made without a team server: the
 * app creates the workspace's database (a joined team, as WorkspacesPage.addJoinedTeam
 * does), then the rows and the document they came in are put there as sync would have put
 * them, and the window reloads. Names and times are fixed so the history reads the same on
 * every run.
 */

export const TEAM = { id: 'team-acme', name: 'Acme', member: 'sam' };
export const SEEDED_OBJECTIVE = 'Grow revenue in the north';
export const SEEDED_KEY_RESULT = 'Reach 40 paying customers';

const stamp = '2026-12-01T09:00:00.000Z';
const unit = (id: string, kind: string, name: string, parentId: string | null) => ({
  id,
  kind,
  name,
  parentId,
  createdAt: stamp,
  updatedAt: stamp,
});

function teamData() {
  const cycle = {
    id: 'q4',
    name: 'Q4 2026',
    kind: 'quarter',
    start: '2026-10-01',
    end: '2026-12-31',
    state: 'active',
    ownerId: 'acme',
    createdAt: stamp,
    updatedAt: stamp,
  };
  const objective: Row = {
    id: 'obj-north',
    cycleId: 'q4',
    ownerId: TEAM.member,
    title: 'Grow revenue',
    description: '',
    type: 'committed',
    rank: 0,
    planState: 'draft',
    alignedTo: null,
    carriedFromId: null,
    createdAt: stamp,
    updatedAt: stamp,
  };
  const kr: Row = {
    id: 'kr-customers',
    objectiveId: 'obj-north',
    cycleId: 'q4',
    ownerId: TEAM.member,
    title: SEEDED_KEY_RESULT,
    kind: 'increase',
    start: 0,
    target: 30,
    current: 12,
    unit: 'customers',
    weight: 1,
    dueDate: null,
    confidence: null,
    milestones: [],
    rank: 0,
    createdAt: stamp,
    updatedAt: stamp,
  };
  // The document as the team wrote it: Sam created the objective, Ben renamed it and added
  // the key result, Sam raised its target.
  const doc = new Y.Doc();
  const by = (who: string, at: string): Edit => ({ by: who, at });
  const write = (table: 'objectives' | 'keyResults', row: Row, edit: Edit) =>
    doc.transact(() => writeRecord(doc, table, row, edit));
  write('objectives', objective, by('sam', '2026-12-01T09:00:00.000Z'));
  objective.title = SEEDED_OBJECTIVE;
  write('objectives', objective, by('ben', '2026-12-03T10:02:00.000Z'));
  write('keyResults', kr, by('ben', '2026-12-03T10:05:00.000Z'));
  kr.target = 40;
  write('keyResults', kr, by('sam', '2026-12-04T14:30:00.000Z'));
  return {
    orgUnits: [
      unit('acme', 'company', 'Acme', null),
      unit('sales', 'team', 'Sales', 'acme'),
      unit('sam', 'person', 'Sam', 'sales'),
      unit('ben', 'person', 'Ben', 'sales'),
    ],
    cycles: [cycle],
    objectives: [objective],
    // Written behind Dexie's back, so the owner list the app keeps with each write is too.
    cycleOwners: countCycleOwners([{ cycleId: 'q4', ownerId: TEAM.member }]),
    keyResults: [kr],
    syncState: [{ key: 'team', value: { memberId: TEAM.member } }],
    syncRecords: [
      { table: 'objectives', id: objective.id, docName: 'unit/sam/q4' },
      { table: 'keyResults', id: kr.id, docName: 'unit/sam/q4' },
    ],
    syncUpdates: [
      {
        docName: 'unit/sam/q4',
        update: [...Y.encodeStateAsUpdate(doc)],
        origin: 'remote',
        pushed: 1,
        at: '2026-12-04T14:31:00.000Z',
      },
    ],
  };
}

/** Opens the app in a team workspace holding the team's objective, with its history. */
export async function openSeededTeam(page: Page): Promise<void> {
  await page.goto('/');
  const welcome = page.getByRole('dialog', { name: 'Welcome to Cairn' });
  await welcome.getByRole('button', { name: 'Start empty' }).click();
  await expect(welcome).toBeHidden();
  const ws = new WorkspacesPage(page);
  await ws.addJoinedTeam(TEAM.id, TEAM.name, 'wss://team.acme.example');
  await expect(page.getByRole('heading', { name: 'Objectives' })).toBeVisible();
  // A narrow window starts with the sidebar as a rail: open it as a person would.
  const expand = page.getByRole('button', { name: 'Expand sidebar' });
  if (await expand.isVisible()) await expand.click();
  await ws.switchTo(`${TEAM.name} · team`);
  await expect(page.getByRole('heading', { name: `Waiting for ${TEAM.name}` })).toBeVisible();
  await page.evaluate(
    async ([dbName, data]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(dbName);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const stores = Object.keys(data);
      const tx = db.transaction(stores, 'readwrite');
      for (const store of stores)
        for (const row of data[store] as Record<string, unknown>[])
          tx.objectStore(store).put(
            store === 'syncUpdates'
              ? { ...row, update: new Uint8Array(row.update as number[]) }
              : row,
          );
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    [`cairn-team-${TEAM.id}`, teamData() as Record<string, unknown[]>] as const,
  );
  await page.reload();
}
