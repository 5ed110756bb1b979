import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './pages/Accessibility';
import { AppPage } from './pages/AppPage';
import { CheckInPage } from './pages/CheckInPage';
import { FeedPage } from './pages/FeedPage';

/**
 * A key result fed from a CSV in the browser build. Headless Chromium's File System Access
 * picker cannot be driven, so the page runs as in a browser without it (Firefox, Safari):
 * the `<input type=file>` fallback, driven through Playwright's file chooser. What this
 * covers: choose, preview, link, the first read's check-in with its provenance, a re-read
 * on focus, a changed file chosen again giving a new check-in, and a bad file's problem
 * shown with nothing written. Not covered here: the kept FileSystemFileHandle and Electron's
 * watcher (tests/unit/electron/feedFiles.test.ts covers main's allow-list and reads).
 */

const TITLE = 'Internal talks given';
let dir: string;

async function fedWorkspace(page: Page) {
  await page.addInitScript(() => {
    delete (window as { showOpenFilePicker?: unknown }).showOpenFilePicker;
  });
  await page.clock.setFixedTime(new Date('2026-11-25T09:02:00'));
  const app = new AppPage(page);
  await app.planDataPlatform();
  await page.getByRole('button', { name: 'Close details' }).click();
  await app.nav('Check-in');
  const panel = await new CheckInPage(page).openHistory(TITLE);
  return new FeedPage(page, panel);
}

test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cairn-feed-e2e-'));
});

test('link a key result to a CSV, change the file, see the new check-in with its provenance', async ({
  page,
}) => {
  const csv = join(dir, 'talks.csv');
  writeFileSync(csv, 'Month,Talks,Team\n2026-10-01,1,Data\n2026-11-01,2,Data\n');
  const feed = await fedWorkspace(page);

  await feed.link(csv, 'Talks');
  await expect(feed.dialog.getByRole('table', { name: 'Last rows of talks.csv' })).toBeVisible();
  await expect(feed.dialog.getByRole('status').filter({ hasText: 'It reads' })).toHaveText(
    'It reads 2 now.',
  );
  await expectAccessible(page, 'the link dialog', 'dialog');
  await feed.save();

  await expect(feed.feed).toContainText('Fed from talks.csv, column Talks, last row');
  await expect(feed.checkIns(TITLE)).toHaveCount(1);
  await expect(feed.checkIns(TITLE).first()).toContainText(
    'from talks.csv, column Talks, last row, 09:02',
  );

  // The file changes; the person comes back to the window and chooses it again.
  writeFileSync(csv, 'Month,Talks,Team\n2026-10-01,1,Data\n2026-11-01,3,Data\n');
  await page.clock.setFixedTime(new Date('2026-11-25T11:40:00'));
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(feed.feed.getByRole('alert')).toHaveText(
    'Cairn may no longer read talks.csv — choose the file again to allow it.',
  );
  await expect(feed.checkIns(TITLE)).toHaveCount(1);
  await expectAccessible(page, 'a fed key result with a problem', '.history-panel');
  await feed.feed.getByRole('button', { name: 'Choose the file again…' }).click();
  await feed.choose(feed.dialog.getByRole('button', { name: 'Choose a file…' }), csv);
  await expect(feed.dialog.getByRole('status').filter({ hasText: 'It reads' })).toHaveText(
    'It reads 3 now.',
  );
  await feed.save();

  await expect(feed.checkIns(TITLE)).toHaveCount(2);
  await expect(feed.checkIns(TITLE).first()).toContainText('3 talks');
  await expect(feed.checkIns(TITLE).first()).toContainText(
    'from talks.csv, column Talks, last row, 11:40',
  );
  await expect(feed.feed.getByRole('alert')).toHaveCount(0);
});
