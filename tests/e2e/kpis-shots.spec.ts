import { test } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { KpisPage } from './pages/KpisPage';

// Screenshots of the KPI board and its dialogs, light and dark, wide and narrow, for people to
// look at (not assertions). Run with CAIRN_SHOTS=1; kept out of the normal run.
test.skip(!process.env.CAIRN_SHOTS, 'screenshots only when CAIRN_SHOTS=1');

const DIR = process.env.CAIRN_SHOTS_DIR ?? 'test-results/shots';
const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
];

for (const scheme of ['light', 'dark'] as const)
  for (const size of SIZES)
    test(`KPI board in ${scheme} at ${size.width}`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.clock.setFixedTime(new Date('2026-11-25T10:00:00'));
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme });
      const shot = (name: string) =>
        page.screenshot({ path: `${DIR}/kpis-${name}-${scheme}-${size.width}.png` });
      const app = new AppPage(page);
      await app.open('empty');
      const kpis = new KpisPage(page);
      await kpis.open();
      await shot('empty');
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
      await kpis.add({
        name: 'Customer satisfaction',
        unit: 'points',
        direction: 'Higher is better',
        warningAt: '4.5',
        criticalAt: '4',
      });
      for (const [day, v] of [
        ['2026-11-04', '99.9'],
        ['2026-11-11', '99.7'],
        ['2026-11-18', '99.4'],
        ['2026-11-25', '98.6'],
      ] as const)
        await (await kpis.checkIn('Uptime', v, day)).waitFor({ state: 'hidden' });
      for (const [day, v] of [
        ['2026-11-11', '4'],
        ['2026-11-18', '6'],
        ['2026-11-25', '7'],
      ] as const)
        await (await kpis.checkIn('Lead time', v, day)).waitFor({ state: 'hidden' });
      await (
        await kpis.checkIn('Customer satisfaction', '4.7', '2026-11-20')
      ).waitFor({
        state: 'hidden',
      });
      await shot('board');
      await page.getByRole('button', { name: 'Add KPI', exact: true }).click();
      await kpis.dialog('Add a KPI').getByRole('button', { name: 'Add KPI' }).click();
      await shot('add-dialog-errors');
      await page.keyboard.press('Escape');
      await kpis.card('Uptime').getByRole('button', { name: 'Check in Uptime' }).click();
      await shot('checkin-dialog');
      await page.keyboard.press('Escape');
      await kpis
        .card('Uptime')
        .getByRole('button', { name: 'Open a recovery objective for Uptime' })
        .click();
      await shot('recovery-dialog');
      await kpis
        .dialog(/recovery objective/)
        .getByRole('button', { name: 'Open objective' })
        .click();
      await kpis.dialog(/recovery objective/).waitFor({ state: 'hidden' });
      await page.getByRole('heading', { name: 'Meant to move' }).waitFor();
      await shot('objective-pane');
      await app.nav('Map');
      await page.getByText('KPI Uptime · Critical').waitFor();
      await shot('map');
    });
