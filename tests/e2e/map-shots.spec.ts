import { writeFile } from 'node:fs/promises';
import { test, type Page } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { MapPage } from './pages/MapPage';

// Pictures of the map and its exports for people to look at (not assertions).
// Run with CAIRN_SHOTS=1 npx playwright test tests/e2e/map-shots.spec.ts; out of the normal run.
test.skip(!process.env.CAIRN_SHOTS, 'screenshots only when CAIRN_SHOTS=1');

const OUT = process.env.CAIRN_SHOTS_DIR ?? '/tmp/shots-map';

async function save(page: Page, button: string, path: string): Promise<void> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  await file.saveAs(path);
}

for (const scheme of ['light', 'dark'] as const)
  for (const [w, h] of [
    [1440, 900],
    [1024, 700],
  ] as const)
    test(`the map in ${scheme} at ${w}`, async ({ page }) => {
      await page.setViewportSize({ width: w, height: h });
      await page.emulateMedia({ colorScheme: scheme });
      const app = new AppPage(page);
      await app.open('sample');
      await app.nav('Organisation');
      await page.getByRole('button', { name: 'Add a unit under Northwind Labs' }).click();
      await page.getByLabel('Kind of the new unit').selectOption('Department');
      await page.getByLabel('Name of the new unit').fill('Customer success');
      await page.getByLabel('Name of the new unit').press('Enter');
      await app.nav('Objectives');
      await app.newObjective('Win back the accounts we lost in the spring');
      const map = new MapPage(page);
      await map.open();
      const shot = (name: string) => page.screenshot({ path: `${OUT}/${name}-${scheme}-${w}.png` });
      await page.waitForTimeout(400);
      await shot('map');
      await page.getByLabel('Show key results').check();
      await page.waitForTimeout(400);
      await shot('map-krs');
      await page.getByRole('button', { name: 'Fit view' }).click();
      await page.waitForTimeout(600);
      await shot('map-fit');
      await page.getByRole('button', { name: 'By unit' }).click();
      await page.waitForTimeout(600);
      await shot('map-units');
      await page.getByRole('button', { name: 'By unit' }).click();
      await page.waitForTimeout(400);
      if (w === 1440) {
        await save(page, 'Export PNG', `${OUT}/export-${scheme}.png`);
        await save(page, 'Export SVG', `${OUT}/export-${scheme}.svg`);
      }
      await writeFile(`${OUT}/.done-${scheme}-${w}`, '');
    });

test('the README picture of the map', async ({ page }) => {
  await page.setViewportSize({ width: 1680, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  const app = new AppPage(page);
  await app.open('sample');
  await app.nav('Organisation');
  await page.getByRole('button', { name: 'Add a unit under Northwind Labs' }).click();
  await page.getByLabel('Kind of the new unit').selectOption('Department');
  await page.getByLabel('Name of the new unit').fill('Customer success');
  await page.getByLabel('Name of the new unit').press('Enter');
  await app.nav('Objectives');
  await app.newObjective('Win back the accounts we lost in the spring');
  await page.getByRole('button', { name: 'Close details' }).click();
  const map = new MapPage(page);
  await map.open();
  await page.waitForTimeout(600);
  await page.locator('.map-body').screenshot({ path: `${OUT}/readme-map.png` });
});
