import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { FeedPage } from './pages/FeedPage';
import { KpisPage, LEAD_TIME, UPTIME } from './pages/KpisPage';
import { shotsInEveryScheme } from './pages/Shots';

// Screenshots of a KPI fed from a file: its link dialog, the card reading well, the card with
// a problem.
shotsInEveryScheme(
  'KPI fed from a file',
  { prefix: 'kpi-feed', at: '2026-11-25T09:02:00' },
  async ({ page, shot }) => {
    const csv = join(mkdtempSync(join(tmpdir(), 'cairn-kpi-feed-shots-')), 'uptime.csv');
    writeFileSync(csv, 'Week,Uptime\n2026-11-09,99.9\n2026-11-16,99.8\n2026-11-23,99.6\n');
    await page.addInitScript(() => {
      delete (window as { showOpenFilePicker?: unknown }).showOpenFilePicker;
    });
    await new AppPage(page).open('empty');
    const kpis = new KpisPage(page);
    await kpis.open();
    await kpis.add(UPTIME);
    await kpis.add(LEAD_TIME);
    for (const [day, v] of [
      ['2026-11-04', '99.9'],
      ['2026-11-11', '99.7'],
    ] as const)
      await (await kpis.checkIn('Uptime', v, day)).waitFor({ state: 'hidden' });
    await (await kpis.checkIn('Lead time', '6', '2026-11-18')).waitFor({ state: 'hidden' });
    const card = kpis.card('Uptime');
    const feed = new FeedPage(page, card);
    await feed.linkFrom(
      card.getByRole('button', { name: 'Link Uptime to a file…' }),
      csv,
      'Uptime',
    );
    await shot('dialog');
    await feed.save();
    await expect(card).toContainText('Latest check-in from uptime.csv');
    await shot('ok');
    // A changed file the browser may no longer read: the card's problem.
    writeFileSync(csv, 'Week,Uptime\n2026-11-30,98.9\n');
    await page.clock.setFixedTime(new Date('2026-11-25T11:40:00'));
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect(feed.feed.getByRole('alert')).toBeVisible();
    await shot('broken');
  },
);
