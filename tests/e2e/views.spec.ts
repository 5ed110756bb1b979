import { expect, test, type Page } from '@playwright/test';
import { AppPage, SAMPLE_COMPANY_OBJECTIVE } from './pages/AppPage';
import { expectAccessible } from './pages/Accessibility';
import { TEAM, openSeededTeam } from './pages/TeamSeed';

// Every view is a keystroke or a command away, the ones that came after the first eight too.

/** A teammate's title won over Sam's: one entry waits in the inbox (as sync would write it). */
async function aMergedChangeWaits(page: Page): Promise<void> {
  await page.evaluate(async (dbName) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(dbName);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction('mergedChanges', 'readwrite');
    tx.objectStore('mergedChanges').put({
      id: 'merged-title',
      kind: 'field',
      docName: 'unit/sam/q4',
      table: 'objectives',
      recordId: 'obj-north',
      field: 'title',
      yours: 'Grow revenue up north',
      theirs: 'Grow revenue in the north',
      who: 'ben',
      at: '2026-12-03T10:02:00.000Z',
      resolvedAt: null,
    });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, `cairn-team-${TEAM.id}`);
  await page.reload();
}

test('KPIs are in the palette, and Ctrl+9 says Merged changes belong to a team workspace', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open('empty');
  await app.palette('Go to KPIs');
  await expect(page.getByRole('heading', { level: 1, name: 'KPIs' })).toBeVisible();

  // A personal workspace has no inbox: the shortcut says why instead of opening an empty view.
  await page.keyboard.press('Control+9');
  await expect(page.getByRole('alert')).toContainText(
    'Merged changes are kept in a team workspace',
  );
  await expect(page.getByRole('heading', { level: 1, name: 'KPIs' })).toBeVisible();
});

test('in a team workspace Ctrl+9 opens Merged changes, and the rail shows its count clear of its picture', async ({
  page,
}) => {
  await openSeededTeam(page);
  await aMergedChangeWaits(page);
  const nav = page.getByRole('navigation', { name: 'Main' });
  const item = nav.getByRole('button', { name: 'Merged changes, 1 waiting', exact: true });
  await expect(item).toBeVisible();
  await page.keyboard.press('Control+9');
  await expect(page.getByRole('heading', { level: 1, name: 'Merged changes' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(1);

  await page.getByRole('button', { name: 'Collapse sidebar' }).click();
  await expect(item).toBeVisible();
  const icon = (await item.locator('svg').boundingBox())!;
  const count = (await item.getByText('1', { exact: true }).boundingBox())!;
  // The count sits on the picture's corner: beside it, never over its strokes.
  expect(count.x).toBeGreaterThanOrEqual(icon.x + icon.width);
  expect(count.y).toBeLessThan(icon.y);
  // And inside the rail, not cut off by its edge.
  const rail = (await nav.boundingBox())!;
  expect(count.x + count.width).toBeLessThanOrEqual(rail.x + rail.width);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectAccessible(page, `Merged changes beside the rail (${scheme})`);
  }
});

test('an empty cycle says how to start: a template, an import or the sample; a narrowed list says why it is empty', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open('empty');
  const list = page.getByRole('main');
  await expect(list).toContainText('No objectives in');
  await expect(list).toContainText('Ctrl+Shift+O starts one from anywhere');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectAccessible(page, `empty objectives (${scheme})`, 'main');
  }

  await list.getByRole('button', { name: 'Start from a template' }).click();
  const dialog = page.getByRole('dialog', { name: /New objective/ });
  await expect(dialog.getByRole('region', { name: 'Templates' })).toBeVisible();
  await page.keyboard.press('Escape');

  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    list.getByRole('button', { name: 'Import from Markdown or CSV…' }).click(),
  ]);
  expect(chooser.isMultiple()).toBe(false);
  await app.nav('Objectives');

  await list.getByRole('button', { name: 'Load the sample workspace' }).click();
  await expect(app.objective(SAMPLE_COMPANY_OBJECTIVE)).toBeVisible();

  // One unit without objectives: the cycle has some elsewhere, so no offer of the sample.
  const show = page.getByRole('combobox', { name: 'Show' });
  await show.focus();
  const value = await show.getByRole('option', { name: 'Ana Sousa' }).first().getAttribute('value');
  await show.selectOption(value ?? '');
  await expect(list).toContainText('No objectives for Ana Sousa in');
  await expect(list.getByRole('button', { name: 'Load the sample workspace' })).toHaveCount(0);
});

for (const width of [1440, 1024])
  test(`the weekly report's Save button lines up with the report's right edge (${width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    const app = new AppPage(page);
    await app.open('sample');
    await page.keyboard.press('Control+Shift+Y');
    const report = (await page.getByRole('article', { name: /^Weekly report: / }).boundingBox())!;
    const save = (await page.getByRole('button', { name: 'Save as Markdown' }).boundingBox())!;
    expect(Math.abs(save.x + save.width - (report.x + report.width))).toBeLessThanOrEqual(1);
  });
