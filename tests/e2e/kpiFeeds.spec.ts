import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectAccessible } from './pages/Accessibility';
import { AppPage } from './pages/AppPage';
import { FeedPage } from './pages/FeedPage';
import { KpisPage, UPTIME } from './pages/KpisPage';

/**
 * A KPI fed from a CSV in the browser build, through the `<input type=file>` fallback (the
 * File System Access picker cannot be driven headless, as in feeds.spec.ts): link, the first
 * read's check-in with its provenance, the changed file refused until chosen again (nothing
 * written meanwhile), the new check-in turning the KPI critical, a check-in by hand marked as
 * such, unlink.
 */

let dir: string;
test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cairn-kpi-feed-e2e-'));
});

test('link a KPI to a CSV, change the file, see the new check-in turn it critical with its provenance', async ({
  page,
}) => {
  const csv = join(dir, 'uptime.csv');
  writeFileSync(csv, 'Week,Uptime\n2026-11-16,99.8\n2026-11-23,99.7\n');
  await page.addInitScript(() => {
    delete (window as { showOpenFilePicker?: unknown }).showOpenFilePicker;
  });
  await page.clock.setFixedTime(new Date('2026-11-25T09:02:00'));
  await new AppPage(page).open('empty');
  const kpis = new KpisPage(page);
  await kpis.open();
  await kpis.add(UPTIME);
  const card = kpis.card('Uptime');
  const feed = new FeedPage(page, card);

  await feed.linkFrom(card.getByRole('button', { name: 'Link Uptime to a file…' }), csv, 'Uptime');
  await expect(feed.dialog).toHaveAccessibleName('Feed “Uptime” from a file');
  await expect(feed.dialog.getByRole('status').filter({ hasText: 'It reads' })).toHaveText(
    'It reads 99.7 now.',
  );
  await feed.save();

  await expect(feed.feed).toContainText('Fed from uptime.csv, column Uptime, last row');
  await expect(card).toContainText('99.7 %');
  await expect(card).toContainText('Healthy');
  await expect(card).toContainText(
    'Latest check-in from uptime.csv, column Uptime, last row, 09:02',
  );
  await expect(card.getByRole('button', { name: 'Link Uptime to a file…' })).toHaveCount(0);

  // The file changes; back in the window, the browser may no longer read it: the card says
  // so, and nothing is written.
  writeFileSync(csv, 'Week,Uptime\n2026-11-16,99.8\n2026-11-23,98.4\n');
  await page.clock.setFixedTime(new Date('2026-11-25T11:40:00'));
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(feed.feed.getByRole('alert')).toHaveText(
    'Cairn may no longer read uptime.csv — choose the file again to allow it.',
  );
  await expect(card).toContainText('99.7 %');
  await expect(card).toContainText('Healthy');
  await expectAccessible(page, 'a fed KPI with a problem', 'main');

  await feed.feed.getByRole('button', { name: 'Choose the file again…' }).click();
  await feed.choose(feed.dialog.getByRole('button', { name: 'Choose a file…' }), csv);
  await expect(feed.dialog.getByRole('status').filter({ hasText: 'It reads' })).toHaveText(
    'It reads 98.4 now.',
  );
  await feed.save();
  await expect(card).toContainText('98.4 %');
  await expect(card).toContainText('Critical');
  await expect(card).toContainText(
    'Latest check-in from uptime.csv, column Uptime, last row, 11:40',
  );
  await expect(feed.feed.getByRole('alert')).toHaveCount(0);

  // A check-in by hand, later that morning, overrides the file and says so.
  await page.clock.setFixedTime(new Date('2026-11-25T11:55:00'));
  await (await kpis.checkIn('Uptime', '99.6')).waitFor({ state: 'hidden' });
  await expect(card).toContainText('99.6 %');
  await expect(card).toContainText('Latest check-in by hand');
  await expect(card).toContainText('Healthy');

  await feed.feed.getByRole('button', { name: 'Unlink' }).click();
  await expect(feed.feed).toHaveCount(0);
  await expect(card.getByRole('button', { name: 'Link Uptime to a file…' })).toBeVisible();
  await expect(card).toContainText('99.6 %');
});
