import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { FeedPage } from './pages/FeedPage';
import { KpisPage } from './pages/KpisPage';

// Screenshots of a KPI fed from a file (its link dialog, the card reading well, the card with
// a problem), light and dark, wide and narrow, for people to look at (not assertions). Run
// with CAIRN_SHOTS=1; kept out of the normal run.
test.skip(!process.env.CAIRN_SHOTS, 'screenshots only when CAIRN_SHOTS=1');

const DIR = process.env.CAIRN_SHOTS_DIR ?? 'test-results/shots';
const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
];

for (const scheme of ['light', 'dark'] as const)
  for (const size of SIZES)
    test(`KPI fed from a file in ${scheme} at ${size.width}`, async ({ page }) => {
      test.setTimeout(180_000);
      const csv = join(mkdtempSync(join(tmpdir(), 'cairn-kpi-feed-shots-')), 'uptime.csv');
      writeFileSync(csv, 'Week,Uptime\n2026-11-09,99.9\n2026-11-16,99.8\n2026-11-23,99.6\n');
      await page.addInitScript(() => {
        delete (window as { showOpenFilePicker?: unknown }).showOpenFilePicker;
      });
      await page.clock.setFixedTime(new Date('2026-11-25T09:02:00'));
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme });
      const shot = (name: string) =>
        page.screenshot({ path: `${DIR}/kpi-feed-${name}-${scheme}-${size.width}.png` });
      await new AppPage(page).open('empty');
      const kpis = new KpisPage(page);
      await kpis.open();
      await kpis.add({
        name: 'Uptime',
        unit: '%',
        direction: 'Higher is better',
        warningAt: '99.5',
        criticalAt: '99',
      });
      await kpis.add({
        name: 'Lead time',
        unit: 'days',
        direction: 'Lower is better',
        warningAt: '5',
        criticalAt: '10',
      });
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
    });
