import { expect, test, type Page } from '@playwright/test';
import { flattenOrgTree } from '../../shared/domain/org';
import { countCycleOwners } from '../../shared/domain/ownerList';
import { generateCycleOf } from '../bench/gen/workspace';
import { AppPage } from './pages/AppPage';

// A cycle of 600 objectives from the benchmark's generator (the first quarter of L, cut short),
// written straight into the app's IndexedDB: the list must show only what is on screen and
// still reach every owner by scrolling.
const { org, records } = generateCycleOf('L', '2024-Q1');
const objectives = records.objectives.slice(0, 600);
const kept = new Set(objectives.map((o) => o.id));
const keyResults = records.keyResults.filter((k) => kept.has(k.objectiveId));
const owners = new Set(objectives.map((o) => o.ownerId));
// Written behind Dexie's back, so the owner list the app keeps with each write is written too.
const cycleOwners = countCycleOwners(objectives);
const ownersInOrder = flattenOrgTree(org.units).filter((r) => owners.has(r.unit.id));
const lastOwner = ownersInOrder.at(-1)!.unit;
const lastObjective = objectives
  .filter((o) => o.ownerId === lastOwner.id)
  .sort((a, b) => a.rank - b.rank)[0]!;
const lastKeyResult = keyResults.find((k) => k.objectiveId === lastObjective.id)!;

async function writeCycle(page: Page): Promise<void> {
  await page.evaluate(
    (data) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('cairn');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const tx = idb.transaction(
            ['orgUnits', 'cycles', 'objectives', 'keyResults', 'cycleOwners'],
            'readwrite',
          );
          for (const [store, rows] of Object.entries(data)) {
            for (const row of rows as object[]) tx.objectStore(store).put(row);
          }
          tx.oncomplete = () => (idb.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    { orgUnits: org.units, cycles: [records.cycle], objectives, keyResults, cycleOwners },
  );
}

/** A new workspace with the large cycle written in, open on that cycle. */
async function openLargeCycle(page: Page): Promise<void> {
  await new AppPage(page).open('empty');
  await writeCycle(page);
  // Written behind Dexie's back: live queries do not see it until the app opens again.
  await page.reload();
  await page.getByRole('combobox', { name: 'Cycle' }).selectOption({ label: 'Q1 2024 · Closed' });
}

test('a cycle of 600 objectives renders only the owners on screen, and scrolling reaches the last', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openLargeCycle(page);

  const first = page.getByRole('region', { name: `Objectives of ${org.company.name}` });
  await expect(
    first.getByRole('button', { name: objectives[0]!.title, exact: true }),
  ).toBeVisible();
  if (process.env.CAIRN_SHOTS) {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: `test-results/shots/long-list-${scheme}.png` });
    }
  }
  const inDom = await page.getByRole('region', { name: /^Objectives of / }).count();
  expect(inDom).toBeGreaterThan(2);
  expect(inDom).toBeLessThan(ownersInOrder.length / 4);

  const last = page.getByRole('region', { name: `Objectives of ${lastOwner.name}` });
  await expect
    .poll(
      async () => {
        await page.locator('#main').evaluate((el) => el.scrollTo(0, el.scrollHeight));
        return last.count();
      },
      { timeout: 15_000 },
    )
    .toBe(1);
  await expect(last.getByRole('button', { name: lastObjective.title, exact: true })).toBeVisible();
  // Each group reads its own key results as it comes into view.
  await expect(last.getByText(lastKeyResult.title, { exact: true })).toBeVisible();
  await expect(first).toHaveCount(0);
});

test('the Show picker lists every unit of a large org once focused, and choosing one narrows the list', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openLargeCycle(page);
  const show = page.getByRole('combobox', { name: 'Show' });
  await show.focus();
  // "Everyone", the new workspace's "My company" and "Me", and the written org's units.
  await expect(show.getByRole('option')).toHaveCount(org.units.length + 3);
  await show.selectOption(lastOwner.id);
  await expect(page.getByRole('region', { name: /^Objectives of / })).toHaveCount(1);
  const only = page.getByRole('region', { name: `Objectives of ${lastOwner.name}` });
  await expect(only.getByText(lastKeyResult.title, { exact: true })).toBeVisible();
  // The choice stays on show after the picker is left.
  await page.getByRole('heading', { name: 'Objectives' }).click();
  await expect(show).toHaveValue(lastOwner.id);
});
