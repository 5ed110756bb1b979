import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { expectAccessible } from './pages/Accessibility';
import { KpisPage, LEAD_TIME } from './pages/KpisPage';

// Wednesday 25 November 2026: Q4 2026 (1 October to 31 December) is the active cycle.
test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00'));
});

test('a KPI goes critical and a recovery objective is opened from it, linked on the board, the objective and the map', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open('empty');
  const kpis = new KpisPage(page);
  await kpis.open();

  // Thresholds the wrong way round are refused with a message naming the field.
  await kpis.add(
    {
      name: 'Uptime',
      unit: '%',
      direction: 'Higher is better',
      warningAt: '99',
      criticalAt: '99.5',
    },
    { refused: true },
  );
  const add = kpis.dialog('Add a KPI');
  await expect(
    add.getByText('Critical threshold must be below the warning threshold'),
  ).toBeVisible();
  await add.getByLabel('Warning threshold').fill('99.5');
  await add.getByLabel('Critical threshold').fill('99');
  await add.getByRole('button', { name: 'Add KPI' }).click();
  await expect(add).toBeHidden();
  const card = kpis.card('Uptime');
  await expect(card).toContainText('No check-in');

  // Text where a number should be: a message, and nothing is written.
  const dialog = await kpis.checkIn('Uptime', 'about 98');
  await expect(dialog.getByText('Value must be a number')).toBeVisible();
  await kpis.checkIn('Uptime', '99.8', '2026-11-18');
  await expect(dialog).toBeHidden();
  await expect(card).toContainText('Healthy');

  await kpis.checkIn('Uptime', '98.2');
  await expect(card).toContainText('Critical');
  await expect(
    card.getByRole('img', { name: /Trend of Uptime: Trending down \(worse\)/ }),
  ).toBeVisible();

  await card.getByRole('button', { name: 'Open a recovery objective for Uptime' }).click();
  const recovery = kpis.dialog('Open a recovery objective for Uptime');
  await expect(recovery.getByLabel('Objective')).toHaveValue('Bring Uptime back to healthy');
  await expect(recovery).toContainText('in Q4 2026');
  await recovery.getByRole('button', { name: 'Open objective' }).click();
  await expect(recovery).toBeHidden();

  // The objective opens on what it is meant to move.
  const moves = app.details.getByRole('region', { name: 'KPIs it is meant to move' });
  await expect(moves.getByRole('button', { name: 'Uptime' })).toBeVisible();
  await expect(moves).toContainText('Critical');

  // The board links back to it.
  await kpis.open();
  await expect(
    kpis
      .card('Uptime')
      .getByRole('button', { name: 'Open objective Bring Uptime back to healthy' }),
  ).toBeVisible();

  // The map's card shows the linked KPI as a chip.
  await app.nav('Map');
  await expect(page.getByText('KPI Uptime · Critical')).toBeVisible();
});

test('deleting a KPI is undone from its message', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('empty');
  const kpis = new KpisPage(page);
  await kpis.open();
  await kpis.add(LEAD_TIME);
  await expect(kpis.card('Lead time')).toBeVisible();
  await kpis.card('Lead time').getByRole('button', { name: 'Delete Lead time' }).click();
  await expect(kpis.card('Lead time')).toBeHidden();
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(kpis.card('Lead time')).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const)
  test(`the KPI board and its dialogs pass axe in ${scheme}`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: scheme });
    const app = new AppPage(page);
    await app.open('empty');
    const kpis = new KpisPage(page);
    await kpis.open();
    for (const [name, warningAt, criticalAt, value] of [
      ['Uptime', '99.5', '99', '98'],
      ['Availability', '99.5', '99', '99.2'],
      ['Satisfaction', '4', '3', '4.5'],
    ] as const) {
      await kpis.add({ name, unit: '%', direction: 'Higher is better', warningAt, criticalAt });
      await kpis.checkIn(name, value);
      await expect(kpis.dialog(`Check in ${name}`)).toBeHidden();
    }
    await expect(kpis.card('Uptime')).toContainText('Critical');
    await expectAccessible(page, `KPI board (${scheme})`);
    await kpis.card('Uptime').getByRole('button', { name: 'Check in Uptime' }).click();
    await expectAccessible(page, `KPI check-in dialog (${scheme})`, 'dialog[open]');
    await page.keyboard.press('Escape');
    await kpis
      .card('Uptime')
      .getByRole('button', { name: 'Open a recovery objective for Uptime' })
      .click();
    await expectAccessible(page, `Recovery objective dialog (${scheme})`, 'dialog[open]');
  });
