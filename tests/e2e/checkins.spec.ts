import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { AppPage, DATA_PLATFORM } from './pages/AppPage';
import { SettingsPage } from './pages/SettingsPage';
import { CheckInPage } from './pages/CheckInPage';

// Wednesday 25 November 2026: Q4 2026 runs 1 October to 31 December; this week is 23–29 November.
const NOW = new Date('2026-11-25T10:00:00');
const OBJECTIVE = DATA_PLATFORM;

async function workspaceWithThreeKeyResults(page: Page): Promise<AppPage> {
  const app = new AppPage(page);
  await app.planDataPlatform();
  await page.getByRole('button', { name: 'Close details' }).click();
  return app;
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
});

test('a keyboard-only check-in session over three key results, and the chart shows the points', async ({
  page,
}) => {
  await workspaceWithThreeKeyResults(page);
  const checkin = new CheckInPage(page);

  await page.keyboard.press('Control+Shift+E');
  await expect(checkin.session).toBeVisible();

  // A value that is not a number is refused at the field, and the session stays put.
  await checkin.checkInWithKeys('Internal talks given', {
    value: 'two',
    confidence: '7',
    note: 'First talk given',
  });
  await expect(
    checkin.step('Internal talks given').getByText('Value must be a number'),
  ).toBeVisible();
  await expect(checkin.step('Internal talks given').getByLabel(/^New value/)).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('1');
  await page.keyboard.press('Control+Enter');

  await checkin.checkInWithKeys('Median query time', {
    value: '31',
    confidence: '11',
    note: 'Indexes added',
  });
  await expect(
    checkin.step('Median query time').getByText('Confidence must be a whole number from 0 to 10'),
  ).toBeVisible();
  await expect(checkin.step('Median query time').getByLabel('Confidence (0–10)')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('6');
  await page.keyboard.press('Control+Enter');

  await checkin.checkInWithKeys('Migration guide published', {
    toggleDone: true,
    confidence: '9',
    note: 'Published',
    blockers: '',
  });

  await expect(checkin.session.getByText('Checked in on 3 of 3 key results.')).toBeVisible();
  await page.keyboard.press('Enter');

  // One talk is "1 talk": a counted unit agrees with its number.
  await expect(checkin.krRow('Internal talks given')).toContainText(/1 talk(?!s)/);
  await expect(checkin.krRow('Median query time')).toContainText('31 s');
  await expect(checkin.krRow('Migration guide published')).toContainText('Done');

  const panel = await checkin.openHistory('Median query time');
  // One check-in is no trend: no forecast until three, a week or more apart.
  await expect(panel.getByText(/^Not enough check-ins to forecast/)).toBeVisible();
  await expect(panel.getByText('Start 40 s')).toBeVisible();
  await expect(panel.getByText('Target 10 s')).toBeVisible();
  await checkin.addCheckIn(panel, 'Median query time', {
    at: '2026-11-02',
    value: '36',
    confidence: '5',
  });
  await checkin.addCheckIn(panel, 'Median query time', { at: '2026-10-12', value: '38' });
  await expect(
    panel.getByText(/^Forecast: \d+ s by 31 Dec 2026 — at risk, the target is 10 s$/),
  ).toBeVisible();
  await expect(checkin.chartRows(panel, 'Median query time')).toHaveCount(1 + 3);
  await expect(
    panel.getByRole('img', {
      name: /^Chart of Median query time; 3 values from 38 s on 12 Oct 2026 to 31 s on 25 Nov 2026/,
    }),
  ).toBeVisible();
  await expect(panel.locator('svg circle')).toHaveCount(3);
  // Back-dated check-ins are history: the current value stays the latest.
  await expect(checkin.krRow('Median query time')).toContainText('31 s');

  // A check-in dated before the cycle, or in the future, is refused at the date field.
  const form = panel.getByRole('form', { name: 'New check-in on Median query time' });
  await form.getByLabel('Date').fill('2026-09-30');
  await form.getByLabel(/^Value/).fill('30');
  await form.getByRole('button', { name: 'Add check-in' }).click();
  await expect(form.getByText('Date is before Q4 2026 starts (1 Oct 2026)')).toBeVisible();
  await form.getByLabel('Date').fill('2026-11-26');
  await form.getByRole('button', { name: 'Add check-in' }).click();
  await expect(form.getByText('Date is in the future')).toBeVisible();
  await expect(checkin.chartRows(panel, 'Median query time')).toHaveCount(1 + 3);

  // Deleting a check-in is undone from the message.
  await panel.getByRole('button', { name: 'Delete check-in of 25 Nov 2026' }).click();
  await expect(checkin.krRow('Median query time')).toContainText('36 s');
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(checkin.krRow('Median query time')).toContainText('31 s');
  await expect(checkin.chartRows(panel, 'Median query time')).toHaveCount(1 + 3);
});

test('a key result nobody checks in on for 15 days is flagged stale, never on track', async ({
  page,
}) => {
  const app = await workspaceWithThreeKeyResults(page);
  const checkin = new CheckInPage(page);
  await app.nav('Check-in');
  const panel = await checkin.openHistory('Internal talks given');
  await checkin.addCheckIn(panel, 'Internal talks given', {
    at: '2026-11-25',
    value: '2',
    confidence: '8',
  });
  await expect(checkin.krRow('Internal talks given').getByText('On track')).toBeVisible();

  await page.clock.setFixedTime(new Date('2026-12-10T10:00:00'));
  await page.reload();
  await app.nav('Check-in');
  await expect(
    checkin.krRow('Internal talks given').getByText('Stale', { exact: true }),
  ).toBeVisible();
  await expect(checkin.krRow('Internal talks given').getByText('On track')).toHaveCount(0);

  // The threshold is a setting, set in Settings: at 30 days the same silence is not stale yet.
  await page.getByRole('button', { name: 'Change in Settings' }).click();
  const settings = new SettingsPage(page);
  await settings.save({ 'Stale after (days)': '0' });
  await expect(
    settings.view.getByText('Stale after must be a whole number of days from 1 to 365'),
  ).toBeVisible();
  await settings.saveAndConfirm({ 'Stale after (days)': '30' });
  await app.nav('Check-in');
  await expect(
    checkin.krRow('Internal talks given').getByText('Stale', { exact: true }),
  ).toHaveCount(0);
  await expect(checkin.krRow('Internal talks given').getByText('At risk')).toBeVisible();
  await expect(page.getByText('Stale after 30 days')).toBeVisible();
  await app.palette('settings');
  await settings.saveAndConfirm({ 'Stale after (days)': '14' });
  await app.nav('Check-in');
  await expect(
    checkin.krRow('Internal talks given').getByText('Stale', { exact: true }),
  ).toBeVisible();

  await app.nav('Objectives');
  const card = page.getByRole('listitem', { name: OBJECTIVE });
  const row = card.getByRole('listitem').filter({ hasText: 'Internal talks given' });
  await expect(row.getByText('Stale', { exact: true })).toBeVisible();
  await expect(card.getByText('On track')).toHaveCount(0);
});

test('the weekly report Markdown holds the value and confidence changes since last week', async ({
  page,
}) => {
  const app = await workspaceWithThreeKeyResults(page);
  const checkin = new CheckInPage(page);
  await app.nav('Check-in');
  let panel = await checkin.openHistory('Internal talks given');
  await checkin.addCheckIn(panel, 'Internal talks given', {
    at: '2026-11-17',
    value: '1',
    confidence: '6',
  });
  await checkin.addCheckIn(panel, 'Internal talks given', {
    at: '2026-11-24',
    value: '2',
    confidence: '7',
    note: 'Gave the | *Kafka* talk',
  });
  panel = await checkin.openHistory('Median query time');
  await checkin.addCheckIn(panel, 'Median query time', {
    at: '2026-11-10',
    value: '30',
    confidence: '8',
  });
  await checkin.addCheckIn(panel, 'Median query time', {
    at: '2026-11-23',
    value: '24.5',
    confidence: '6',
  });
  await panel.getByRole('textbox', { name: 'New initiative' }).fill('Tune the <slow> queries');
  await panel.getByLabel('Priority').selectOption({ label: 'P1 high' });
  await panel.getByRole('button', { name: 'Add initiative' }).click();
  await expect(
    page.getByRole('region', { name: 'Initiatives of Median query time' }).getByRole('listitem'),
  ).toHaveCount(1);

  await page.keyboard.press('Control+Shift+Y');
  await expect(page.getByRole('heading', { name: 'Weekly report: Me' })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save as Markdown' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('weekly-report-me-2026-11-23.md');
  const md = await readFile((await download.path())!, 'utf8');

  expect(md).toContain('# Weekly report: Me');
  // Dates read as the person reads them (the run's locale is en-GB), not ISO.
  expect(md).toContain('Week 23 – 29 Nov 2026 · ');
  const row = (title: string) => md.split('\n').find((l) => l.startsWith(`| ${title} |`));
  expect(row('Internal talks given')).toBe(
    '| Internal talks given | 2 talks | +1 | 3 talks | 7/10 | +1 | 67 % | On track |',
  );
  expect(row('Median query time')).toBe(
    '| Median query time | 24.5 s | -5.5 | 10 s | 6/10 | -2 | 52 % | On track |',
  );
  expect(row('Migration guide published')).toMatch(
    /^\| Migration guide published \| Not done \| ±0 \| Done \| – \| – \| 0 % \| Off track \|$/,
  );
  expect(md).toContain('24 Nov 2026 · Internal talks given: Gave the \\| \\*Kafka\\* talk');
  expect(md).toContain('1. P1 · Tune the \\<slow\\> queries · Median query time');
});

// The sample gives Me an objective of two key results, laid out on the current quarter.
const DASHBOARDS = 'Starter dashboards shipped';
const OPENED = 'New users who open a starter dashboard';

test('the sample lets Me check in at once: a milestones check-in ticks and records together', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open('sample');
  const checkin = new CheckInPage(page);
  await app.nav('Check-in');
  // Nothing the sample holds for Me is stale on arrival; two milestones are reached.
  await expect(
    checkin.krRow(DASHBOARDS).getByText('2 of 4 milestones', { exact: true }),
  ).toBeVisible();
  await expect(checkin.krRow(DASHBOARDS).getByText('Stale', { exact: true })).toHaveCount(0);

  await page.keyboard.press('Control+Shift+E');
  await expect(checkin.step(DASHBOARDS)).toBeVisible();
  await checkin.toggleMilestone(DASHBOARDS, 'Test them with five new users');
  await page.keyboard.press('Enter');
  await expect(checkin.step(DASHBOARDS).getByLabel('Confidence (0–10)')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('8');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Five people found a chart in under two minutes');
  await page.keyboard.press('Control+Enter');
  await expect(checkin.step(OPENED)).toBeVisible();
  await page.keyboard.press('Escape');

  await expect(
    checkin.krRow(DASHBOARDS).getByText('3 of 4 milestones', { exact: true }),
  ).toBeVisible();
  const panel = await checkin.openHistory(DASHBOARDS);
  await expect(panel.getByText('Five people found a chart in under two minutes')).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Delete check-in of 25 Nov 2026' })).toBeVisible();
});

test('a check-in after the cycle has ended is refused and leaves the milestones as they were', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open('sample');
  const checkin = new CheckInPage(page);
  // The quarter ended on 31 December; it is now 4 January and the cycle is still open.
  await page.clock.setFixedTime(new Date('2027-01-04T10:00:00'));
  await page.reload();
  await app.nav('Check-in');
  const panel = await checkin.openHistory(DASHBOARDS);
  const saved = panel.getByRole('button', { name: /^Delete check-in of / });
  const before = await saved.count();

  await page.keyboard.press('Control+Shift+E');
  await checkin.toggleMilestone(DASHBOARDS, 'Test them with five new users');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('8');
  await page.keyboard.press('Control+Enter');
  await expect(
    checkin
      .step(DASHBOARDS)
      .getByRole('alert')
      .filter({ hasText: 'The cycle ended on 31 Dec 2026' }),
  ).toBeVisible();
  await page.keyboard.press('Escape');

  await expect(
    checkin.krRow(DASHBOARDS).getByText('2 of 4 milestones', { exact: true }),
  ).toBeVisible();
  await expect(saved).toHaveCount(before);

  // The history form says so next to its date field, and writes nothing either.
  const form = panel.getByRole('form', { name: `New check-in on ${DASHBOARDS}` });
  await form.getByLabel('Date').fill('2027-01-02');
  await form.getByLabel(/^Value/).fill('3');
  await form.getByRole('button', { name: 'Add check-in' }).click();
  await expect(form.getByText('The cycle ended on 31 Dec 2026')).toBeVisible();
  await expect(form.getByLabel('Date')).toHaveAttribute('aria-invalid', 'true');
  await expect(saved).toHaveCount(before);

  // Ticking it in the detail pane goes through the same check-in, and is refused the same way.
  await app.nav('Objectives');
  await app.objective('Get new users to their first chart in minutes').click();
  const box = app.details.getByRole('checkbox', { name: 'Test them with five new users' });
  await box.click();
  await expect(
    app.details.getByRole('alert').filter({ hasText: 'The cycle ended on 31 Dec 2026' }),
  ).toBeVisible();
  await expect(box).not.toBeChecked();
  await expect(app.details.getByText('2 of 4 milestones')).toBeVisible();
});

// Screenshots for people to look at (not assertions): CAIRN_SHOTS=1 to take them.
test.describe('screens', () => {
  test.skip(!process.env.CAIRN_SHOTS, 'screenshots only when CAIRN_SHOTS=1');
  for (const scheme of ['light', 'dark'] as const) {
    test(`check-in screens in ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const app = new AppPage(page);
      await app.open('sample');
      const shot = (name: string) =>
        page.screenshot({ path: `test-results/shots/checkins-${name}-${scheme}.png` });
      await app.nav('Objectives');
      await page.getByRole('button', { name: OBJECTIVE, exact: true }).waitFor();
      await shot('objectives');
      await app.nav('Check-in');
      await page.getByLabel('Check in as').selectOption({ label: 'Mei Chen' });
      const checkin = new CheckInPage(page);
      const panel = await checkin.openHistory('Median query time');
      await panel
        .getByRole('textbox', { name: 'New initiative' })
        .fill('Add indexes to the events table');
      await panel.getByRole('button', { name: 'Add initiative' }).click();
      await shot('history');
      await page.getByRole('button', { name: `Progress of ${OBJECTIVE} over time` }).click();
      await page.getByLabel('As of').fill('2026-11-01');
      await shot('asof');
      await page.getByRole('button', { name: 'Today' }).click();
      await page.keyboard.press('Control+Shift+E');
      await shot('session');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Shift+Y');
      await page.getByLabel('Report on').selectOption({ label: 'Mei Chen' });
      await shot('report');
    });
  }
});
