import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { expectAccessible } from './pages/Accessibility';
import { DIALOGS, loadSample, openWelcome } from './pages/Dialogs';

// Every view and the main dialogs, in light and in dark, with axe-core: no serious or critical
// violation (contrast, names, roles). Screenshots of the dialogs go to CAIRN_SHOTS_DIR if set.
const VIEWS: { nav: string; heading: RegExp }[] = [
  { nav: 'Objectives', heading: /^Objectives$/ },
  { nav: 'Map', heading: /^Map$/ },
  { nav: 'Check-in', heading: /^Check-in$/ },
  { nav: 'Planning', heading: /^Planning / },
  { nav: 'Review', heading: /^Review$/ },
  { nav: 'Reports', heading: /^Weekly report$/ },
  { nav: 'Organisation', heading: /^Organisation$/ },
  { nav: 'Backups & import', heading: /^Backups & import$/ },
  { nav: 'Settings', heading: /^Settings$/ },
  { nav: 'KPIs', heading: /^KPIs$/ },
];

const shotsDir = process.env.CAIRN_SHOTS_DIR;
const shot = async (page: Page, name: string, scheme: string) => {
  if (shotsDir) await page.screenshot({ path: `${shotsDir}/${name}-${scheme}.png` });
};

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`in ${scheme}`, () => {
    test.beforeEach(async ({ page }) => {
      // axe reads every element's colours: a few seconds a screen on a busy machine.
      test.setTimeout(240_000);
      await page.emulateMedia({ colorScheme: scheme });
    });

    test('every view passes axe', async ({ page }) => {
      const app = new AppPage(page);
      await app.open('sample');
      await app.objective('Become the go-to person for our data platform').click();
      await expect(app.details).toBeVisible();
      await expectAccessible(page, `Objectives with details (${scheme})`);
      await page.getByRole('button', { name: 'Close details' }).click();
      for (const v of VIEWS) {
        await app.nav(v.nav);
        await expect(page.getByRole('heading', { level: 1, name: v.heading })).toBeVisible();
        await expectAccessible(page, `${v.nav} (${scheme})`);
      }
    });

    test('the main dialogs pass axe', async ({ page }) => {
      const check = async (file: string) => {
        await expectAccessible(page, `${file} dialog (${scheme})`, 'dialog[open]');
        await shot(page, file, scheme);
      };
      const welcome = await openWelcome(page);
      await check('welcome');
      await loadSample(page, welcome);
      for (const step of DIALOGS) {
        const dialog = await step.open(page);
        await check(step.file);
        await page.keyboard.press('Escape');
        await expect(dialog).toBeHidden();
      }
    });
  });
}
