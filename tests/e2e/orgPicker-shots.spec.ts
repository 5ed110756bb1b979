import { test, type Locator } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { ReviewPage } from './pages/ReviewPage';
import { shotsInEveryScheme } from './pages/Shots';

// Every org-unit picker with its list open, and closed on a unit two levels down.
// CAIRN_SHOTS=1 npx playwright test tests/e2e/orgPicker-shots.spec.ts
shotsInEveryScheme(
  'org pickers',
  { prefix: 'org-picker', at: '2026-12-04T09:00:00' },
  async ({ page, shot }) => {
    const app = new AppPage(page);
    test.setTimeout(90_000);
    await app.open('sample');
    // At 1024 the sidebar is a rail: open it, as a person would to reach Show.
    if (page.viewportSize()!.width < 1200)
      await page.getByRole('button', { name: 'Expand sidebar' }).click();
    const openAndShoot = async (select: Locator, name: string, pick: string) => {
      await select.click();
      await shot(`${name}-open`);
      await select.getByRole('option', { name: pick, exact: true }).click();
      await shot(`${name}-picked`);
    };
    const nav = (view: string) => app.nav(view);
    await openAndShoot(page.getByRole('combobox', { name: 'Show' }), 'sidebar', 'Data platform');
    await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Everyone' });

    await app.palette('new objective');
    const dialog = page.getByRole('dialog', { name: /New objective/ });
    await openAndShoot(dialog.getByRole('combobox', { name: 'Owner' }), 'owner', 'Growth (team)');
    await page.keyboard.press('Escape');

    await nav('Map');
    await openAndShoot(page.getByRole('combobox', { name: 'Org' }), 'map', 'Growth');
    await page.getByRole('combobox', { name: 'Org' }).selectOption({ label: 'Everyone' });

    await nav('Reports');
    await openAndShoot(
      page.getByLabel('Report on'),
      'reports',
      'Data platform (team and everyone in it)',
    );

    await nav('KPIs');
    await page.getByRole('button', { name: 'Add KPI' }).first().click();
    await openAndShoot(
      page.getByRole('dialog').getByRole('combobox', { name: 'Unit it belongs to' }),
      'kpi',
      'Data platform (team)',
    );
    await page.keyboard.press('Escape');

    await nav('Review');
    await new ReviewPage(page).tab('Calibration');
    await openAndShoot(page.getByRole('combobox', { name: 'Owner' }), 'calibration', 'Ana Sousa');
  },
);
