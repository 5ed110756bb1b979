import { AppPage } from './pages/AppPage';
import { KpisPage, LEAD_TIME, UPTIME } from './pages/KpisPage';
import { shotsInEveryScheme } from './pages/Shots';

// Screenshots of the KPI board and its dialogs.
shotsInEveryScheme(
  'KPI board',
  { prefix: 'kpis', at: '2026-11-25T10:00:00' },
  async ({ page, shot }) => {
    const app = new AppPage(page);
    await app.open('empty');
    const kpis = new KpisPage(page);
    await kpis.open();
    await shot('empty');
    await kpis.add(UPTIME);
    await kpis.add(LEAD_TIME);
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
  },
);
