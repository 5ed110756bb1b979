import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { UpdatesPage } from './pages/UpdatesPage';

test('Cairn asks nothing of any other computer: every request stays on its own origin', async ({
  page,
  baseURL,
}) => {
  const elsewhere: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseURL!).origin)
      elsewhere.push(r.url());
  });
  const app = new AppPage(page);
  await app.open('sample');
  // Every view, as the palette names them.
  for (const view of ['Map', 'Check-in', 'Planning', 'Review', 'Reports', 'Organisation']) {
    await app.palette(`Go to ${view}`);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
  }
  await app.palette('Go to Backups');
  await page.waitForLoadState('networkidle');
  const updates = await new UpdatesPage(page).open('Check for updates');
  await expect(updates.getByRole('status').filter({ hasText: 'updated by' })).toContainText(
    'updated by whoever serves it',
  );
  await page.waitForLoadState('networkidle');
  expect(elsewhere).toEqual([]);
});

test('update settings say the browser build has nothing to update, and close with Escape', async ({
  page,
}) => {
  await new AppPage(page).open('empty');
  const dialog = await new UpdatesPage(page).open('Update settings');
  await expect(dialog).toContainText('Only an installed copy of Cairn can update itself');
  await expect(dialog.getByRole('checkbox')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
