import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, type Page } from '@playwright/test';
import { AppPage, DATA_PLATFORM } from './pages/AppPage';
import { ReviewPage } from './pages/ReviewPage';

// Every screen the three journeys (docs: journeys.md) pass through, light and dark, at the
// largest and the smallest window the app is laid out for: for people to look at, not
// assertions. Run with CAIRN_SHOTS=1 npx playwright test tests/e2e/journeys-shots.spec.ts;
// the pictures land in CAIRN_SHOTS_DIR (default test-results/journeys-shots).
test.skip(!process.env.CAIRN_SHOTS, 'screenshots only when CAIRN_SHOTS=1');

const DIR = process.env.CAIRN_SHOTS_DIR ?? 'test-results/journeys-shots';
const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
] as const;

const settle = (page: Page) => page.waitForTimeout(500);

for (const size of SIZES)
  for (const scheme of ['light', 'dark'] as const) {
    const tag = `${size.width}-${scheme}`;
    const shooter = (page: Page) => async (name: string) => {
      await settle(page);
      await page.screenshot({ path: join(DIR, `${name}-${tag}.png`) });
    };

    test(`Mei's screens (${tag})`, async ({ page }) => {
      test.setTimeout(120_000);
      const shot = shooter(page);
      const app = new AppPage(page);
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/');
      await page.getByRole('dialog', { name: 'Welcome to Cairn' }).waitFor();
      await shot('mei-01-welcome');
      await page.getByRole('button', { name: 'Start empty' }).click();
      await shot('mei-02-empty');
      await page.keyboard.press('Control+Shift+O');
      const dialog = page.getByRole('dialog', { name: /New objective/ });
      await dialog.getByLabel('Objective', { exact: true }).fill('Learn more');
      await shot('mei-03-new-objective-coach');
      await dialog.getByLabel('Objective', { exact: true }).fill(DATA_PLATFORM);
      await dialog.getByLabel('Objective', { exact: true }).press('Enter');
      await app.newKeyResultForm.waitFor();
      await shot('mei-04-first-kr-form');
      await app.newKeyResultForm.getByLabel('Key result', { exact: true }).press('Escape');
      await app.addKeyResult({
        title: 'Internal talks given',
        kind: 'Increase to',
        start: '0',
        target: '3',
        unit: 'talks',
      });
      await app.addKeyResult({
        title: 'Median query time',
        kind: 'Decrease to',
        start: '40',
        target: '10',
        unit: 's',
      });
      await app.details.getByRole('button', { name: 'Add key result' }).click();
      await app.newKeyResultForm.getByLabel('Key result', { exact: true }).fill('Read two books');
      await shot('mei-05-task-flagged');
      await app.newKeyResultForm.getByLabel('Key result', { exact: true }).press('Escape');
      await page.keyboard.press('Control+Shift+E');
      await shot('mei-06-checkin-session');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Shift+Y');
      await shot('mei-07-weekly-report');
      await page.keyboard.press('Control+5');
      await shot('mei-08-review');
      await page.keyboard.press('Control+B');
      await shot('mei-09-collapsed-sidebar');
    });

    test(`Tomás's and Ana's screens (${tag})`, async ({ page, context }) => {
      test.setTimeout(180_000);
      const shot = shooter(page);
      const app = new AppPage(page);
      const review = new ReviewPage(page);
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme });
      await app.open('sample');
      await shot('all-01-objectives');
      await app.objective('Become the go-to person for our data platform').click();
      await shot('all-02-detail');
      await page.keyboard.press('Escape');
      for (const v of ['Map', 'Check-in', 'KPIs', 'Planning', 'Organisation', 'Backups & import']) {
        await app.nav(v);
        await shot(`all-03-${v.replace(/\W+/g, '-').toLowerCase()}`);
      }
      await app.nav('Planning');
      await app.palette('Open coach panel');
      await shot('tomas-01-coach');
      await page.keyboard.press('Escape');
      await app.nav('Reports');
      await shot('all-04-reports');
      await app.nav('Settings');
      await shot('all-05-settings');
      await app.nav('Review');
      await review.scope('Product');
      await shot('ana-01-review-product');
      await review.tab('Calibration');
      await shot('ana-02-calibration');
      await review.tab('Report');
      await shot('ana-03-report');
      if (size.width === 1440) {
        const [md] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: 'Export Markdown' }).click(),
        ]);
        await md.saveAs(join(DIR, `review-${scheme}.md`));
      }
      await review.scope('Everyone');
      await review.tab('Scores & retrospective');
      await page.getByRole('button', { name: 'Close cycle and carry over…' }).click();
      await shot('ana-04-close-dialog');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+K');
      await page.getByRole('combobox', { name: 'Type a command' }).fill('go to');
      await shot('all-06-palette');
      await page.keyboard.press('Escape');

      // The review's print route, as Electron's printToPDF gets it, once per run of the spec.
      if (size.width === 1440) {
        const hash = await page.evaluate(() => {
          const cycle = document.querySelector<HTMLSelectElement>('#cycle-picker')?.value ?? '';
          return `#print=review&cycle=${cycle}&page=A4`;
        });
        const print = await context.newPage();
        await print.emulateMedia({ colorScheme: scheme });
        await print.goto(`/${hash}`);
        await print.waitForTimeout(3000);
        mkdirSync(DIR, { recursive: true });
        writeFileSync(
          join(DIR, `review-${scheme}.pdf`),
          await print.pdf({ printBackground: true }),
        );
        await print.close();
      }
    });
  }
