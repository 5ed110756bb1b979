import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { expectAccessible } from './pages/Accessibility';
import { BackupsPage } from './pages/BackupsPage';
import { ReviewPage } from './pages/ReviewPage';

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
      const app = new AppPage(page);
      await page.goto('/');
      const welcome = page.getByRole('dialog', { name: 'Welcome to Cairn' });
      await expect(welcome).toBeVisible();
      await expectAccessible(page, `Welcome (${scheme})`);
      await shot(page, 'welcome', scheme);
      await welcome.getByRole('button', { name: 'Load the sample workspace' }).click();
      await expect(app.objective('Make Northwind the product customers stay with')).toBeVisible();

      const check = async (name: string | RegExp, file: string) => {
        const dialog = page.getByRole('dialog', { name });
        await expect(dialog).toBeVisible();
        await expectAccessible(page, `${file} dialog (${scheme})`, 'dialog[open]');
        await shot(page, file, scheme);
        await page.keyboard.press('Escape');
        await expect(dialog).toBeHidden();
      };

      await page.keyboard.press('Control+K');
      await page.getByRole('combobox', { name: 'Type a command' }).pressSequentially('go');
      await check('Command palette', 'palette');

      await page.keyboard.press('Control+Shift+O');
      await page.getByRole('dialog', { name: /New objective/ }).waitFor();
      await page.getByRole('button', { name: 'Create objective' }).click();
      await expect(page.getByText('Title cannot be empty')).toBeVisible();
      await check(/New objective/, 'new-objective');

      await page.keyboard.press('Control+Shift+O');
      await page.getByRole('button', { name: 'Start from a template…' }).click();
      await expect(page.getByRole('region', { name: 'Templates' })).toBeVisible();
      await check(/New objective/, 'new-objective-templates');

      await app.palette('New cycle');
      await check('New cycle', 'new-cycle');

      await app.palette('Move cycle to its next state');
      await check(/^Move /, 'move-cycle');

      const review = new ReviewPage(page);
      await app.nav('Review');
      await review.scope('Everyone');
      await review.openCloseDialog(
        (
          (await page
            .getByLabel('Cycle', { exact: true })
            .locator('option:checked')
            .textContent()) ?? ''
        ).split(' · ')[0]!,
      );
      await check(/^Close .* and carry over$/, 'close-cycle');

      const backups = new BackupsPage(page);
      await backups.open();
      await backups.pasteImport('# Objectives\n\n## Ship the beta\n- Signups from 0 to 100\n');
      await check('Import from pasted text', 'import-preview');

      const download = await backups.backUpNow();
      const backup = await download.path();
      const fs = await import('node:fs/promises');
      await backups.restoreFromFile('cairn.cairn.json', await fs.readFile(backup));
      await check('Replace the workspace?', 'restore-confirm');
    });
  });
}
