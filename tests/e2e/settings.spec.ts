import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { SettingsPage } from './pages/SettingsPage';

const SHOTS = '/tmp/shots-window';

test('Settings renames you everywhere, refuses an empty name beside the field, and keeps its choices', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open('empty');
  await page.keyboard.press('Control+,');
  const settings = new SettingsPage(page);
  await expect(settings.view).toBeVisible();
  await expect(settings.field('Your name')).toHaveValue('Me');

  await settings.save({ 'Your name': '   ' });
  await expect(settings.view.getByRole('alert')).toHaveText('Name cannot be empty');

  await settings.saveAndConfirm({
    'Your name': 'Mei',
    'First day of the week': 'Sunday',
    'Check-in day': 'Friday',
    'Locale for dates and numbers': 'Deutsch (Deutschland)',
  });
  await app.nav('Organisation');
  await expect(page.getByText('Mei', { exact: true })).toBeVisible();
  await expect(page.getByText('Me', { exact: true })).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Objectives' })).toBeVisible();
  await app.palette('settings');
  await expect(settings.field('Your name')).toHaveValue('Mei');
  await expect(settings.field('First day of the week')).toHaveValue('0');
  await expect(settings.field('Check-in day')).toHaveValue('5');
  await expect(settings.field('Locale for dates and numbers')).toHaveValue('de-DE');
  // The weekly report's week now runs Sunday to Saturday, in German words and order (a week
  // within one month names it once: "Sonntag, 6. – Samstag, 12. Dez. 2026").
  await app.nav('Reports');
  await expect(
    page.getByText(/^Sonntag, \d{1,2}\.( \S+)?( \d{4})? – Samstag, \d{1,2}\. \S+ \d{4}$/),
  ).toBeVisible();
  // Every other date follows the locale too: the open cycle's dates beside its name.
  await expect(page.getByRole('region', { name: 'Open cycle' })).toContainText(
    /\d{1,2}\. \S+ – \d{1,2}\. \S+ \d{4}/,
  );
});

test('the theme follows the system until you choose one', async ({ page }) => {
  const app = new AppPage(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await app.open('empty');
  const root = page.locator('html');
  await expect(root).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(root).toHaveAttribute('data-theme', 'dark');

  await app.nav('Settings');
  const settings = new SettingsPage(page);
  await settings.saveAndConfirm({ Theme: 'Light' });
  await expect(root).toHaveAttribute('data-theme', 'light');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).toBe('rgb(247, 246, 243)');

  await settings.saveAndConfirm({ Theme: 'Dark' });
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(root).toHaveAttribute('data-theme', 'dark');
  expect(await background()).toBe('rgb(22, 24, 27)');
});

test('screenshots of Settings, light and dark, wide and narrow', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('empty');
  await app.nav('Settings');
  const settings = new SettingsPage(page);
  await settings.save({ 'Stale after (days)': 'ten' });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [w, h] of [
      [1440, 900],
      [1024, 700],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.screenshot({ path: `${SHOTS}/settings-${scheme}-${w}.png` });
    }
  }
  await expect(settings.view.getByRole('alert')).toHaveText(
    'Stale after must be a whole number of days from 1 to 365',
  );
});
