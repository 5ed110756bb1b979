import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { CheckInPage } from './pages/CheckInPage';
import { RemindersPage } from './pages/RemindersPage';
import { SettingsPage } from './pages/SettingsPage';

const SHOTS = '/tmp/shots-reminders';

/** Plans three key results on `day` and closes the details, leaving the Objectives view. */
async function planOn(page: import('@playwright/test').Page, day: Date): Promise<AppPage> {
  await page.clock.install({ time: day });
  const app = new AppPage(page);
  await app.planDataPlatform();
  await page.getByRole('button', { name: 'Close details' }).click();
  return app;
}

test('on the check-in day a banner lists the key results due, counts them in the tab title and opens the session', async ({
  page,
}) => {
  // Planned on Thursday 19 November 2026; the check-in day is Monday (the default), 09:00.
  await planOn(page, new Date('2026-11-19T10:00:00'));
  const reminders = new RemindersPage(page);
  await reminders.expectTitle('Cairn');
  await expect(reminders.banner).toBeHidden();

  await reminders.advanceTo(new Date('2026-11-23T08:59:00'));
  await expect(reminders.banner).toBeHidden();
  await reminders.expectTitle('Cairn');

  await reminders.advanceTo(new Date('2026-11-23T09:00:05'));
  await expect(reminders.banner).toContainText('3 key results to check in — 1 minute');
  await reminders.expectTitle('(3) Cairn');

  await reminders.start();
  const checkin = new CheckInPage(page);
  await expect(checkin.session).toBeVisible();
  await expect(reminders.banner).toBeHidden();
  await checkin.checkInWithKeys('Internal talks given', {
    value: '1',
    confidence: '7',
    note: 'First talk given',
  });
  await expect(checkin.step('Median query time')).toBeVisible();
  // Checked in on one: two left, and nothing was changed for the person.
  await reminders.expectTitle('(2) Cairn');
});

test('the reminder follows the check-in day and time set in Settings, and says why notifications are off', async ({
  page,
}) => {
  const app = await planOn(page, new Date('2026-11-15T12:00:00'));
  const reminders = new RemindersPage(page);
  await app.nav('Settings');
  const settings = new SettingsPage(page);
  await expect(settings.field('Check-in time')).toHaveValue('09:00');
  await expect(settings.view.getByText(/Notifications are off in this browser/)).toBeVisible();
  await settings.saveAndConfirm({ 'Check-in day': 'Thursday', 'Check-in time': '14:30' });

  // Monday 09:00 passes quietly: the check-in is on Thursday now.
  await reminders.advanceTo(new Date('2026-11-19T14:29:00'));
  await expect(reminders.banner).toBeHidden();
  await reminders.advanceTo(new Date('2026-11-19T14:30:05'));
  await expect(reminders.banner).toContainText('3 key results to check in — 1 minute');
  await reminders.expectTitle('(3) Cairn');

  mkdirSync(SHOTS, { recursive: true });
  await page.getByRole('main').evaluate((el) => el.scrollTo(0, 0));
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [w, h] of [
      [1440, 900],
      [1024, 700],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.screenshot({ path: `${SHOTS}/settings-banner-${scheme}-${w}.png` });
    }
  }
  await app.nav('Check-in');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: `${SHOTS}/checkin-banner-light-1024.png` });

  // Not now hides the banner for this week; the count stays on the tab.
  await reminders.dismiss();
  await expect(reminders.banner).toBeHidden();
  await reminders.expectTitle('(3) Cairn');
});
