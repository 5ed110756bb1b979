import { expect, test } from '@playwright/test';
import { AppPage, DATA_PLATFORM } from './pages/AppPage';

test('first launch offers the sample workspace and shows the current quarter', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('sample');
  await expect(app.objective('Make Northwind the product customers stay with')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Open cycle' })).toContainText(
    /days? left · \d+ % of the time elapsed/,
  );
  await expect(page.getByRole('combobox', { name: 'Cycle' })).toHaveValue(/.+/);
});

test('plan an objective with three kinds of key result, update a value, and find it all after a reload', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.planDataPlatform();

  const query = app.keyResult('Median query time');
  await query.getByLabel('New value for Median query time').fill('25');
  await query.getByRole('button', { name: 'Update' }).click();
  await expect(app.progressOf('Median query time')).toHaveAttribute('aria-valuenow', '50');
  const done = app.keyResult('Migration guide published').getByRole('checkbox', { name: 'Done' });
  await done.click();
  await expect(done).toBeChecked();

  // (0 + 0.5 + 1) / 3 = 50 %
  await expect(app.progressOf(DATA_PLATFORM)).toHaveAttribute('aria-valuenow', '50');

  await page.reload();
  await expect(app.objective(DATA_PLATFORM)).toBeVisible();
  await expect(app.progressOf(DATA_PLATFORM)).toHaveAttribute('aria-valuenow', '50');
  await app.objective(DATA_PLATFORM).click();
  await expect(app.keyResult('Internal talks given')).toContainText('0 → 3 talks');
  await expect(app.keyResult('Median query time')).toContainText('now 25 s');
  await expect(app.keyResult('Migration guide published')).toContainText('Done');
});

test('bad input is refused next to the field and nothing is written', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('empty');
  await app.palette('new objective');
  const dialog = page.getByRole('dialog', { name: /New objective/ });
  await dialog.getByRole('button', { name: 'Create objective' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Title cannot be empty');

  await dialog.getByLabel('Objective', { exact: true }).fill('Delight first-week users');
  await dialog.getByRole('button', { name: 'Create objective' }).click();
  // The new objective's detail opens on its first key result, the title field focused.
  const form = app.newKeyResultForm;
  await expect(form.getByLabel('Key result', { exact: true })).toBeFocused();
  await form.getByLabel('Key result', { exact: true }).fill('Weekly active users');
  await form.getByLabel('Start', { exact: true }).fill('100');
  await form.getByLabel('Target', { exact: true }).fill('lots');
  await form.getByLabel('Weight').fill('-2');
  await form.getByRole('button', { name: 'Add key result' }).click();
  await expect(form.getByText('Target must be a number')).toBeVisible();

  await form.getByLabel('Target', { exact: true }).fill('100');
  await form.getByLabel('Weight').fill('1');
  await form.getByLabel('Due date').fill('2099-01-01');
  await form.getByRole('button', { name: 'Add key result' }).click();
  await expect(form.getByText(/Target must differ from the start/)).toBeVisible();
  await expect(form.getByText(/Due date must fall within/)).toBeVisible();
  await expect(app.details.getByRole('listitem', { name: /^Key result/ })).toHaveCount(0);
});

test('a title made of markup is shown as text', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('empty');
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await app.newObjective('<img src=x onerror=alert(1)>');
  await expect(app.objective('<img src=x onerror=alert(1)>')).toBeVisible();
  expect(await page.locator('main img').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test('delete an objective and bring it back with Undo, from the toast or Ctrl+Z', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open('sample');
  await app.objective('Improve things').click();
  await app.details.getByRole('button', { name: 'Delete objective' }).click();
  await expect(app.objective('Improve things')).toHaveCount(0);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(app.objective('Improve things')).toBeVisible();

  await app.objective('Improve things').click();
  await app.details.getByRole('button', { name: 'Delete objective' }).click();
  await expect(app.objective('Improve things')).toHaveCount(0);
  await page.locator('body').press('Control+z');
  await expect(app.objective('Improve things')).toBeVisible();
});

test('reorder objectives from the keyboard', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('empty');
  await app.newObjective('Ship the beta');
  await app.newObjective('Hire two engineers');
  const list = page.getByRole('region', { name: 'Objectives of Me' }).getByRole('listitem');
  await expect(list.first()).toHaveAccessibleName('Ship the beta');
  await app.objective('Hire two engineers').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(list.first()).toHaveAccessibleName('Hire two engineers');
  await page.reload();
  await expect(list.first()).toHaveAccessibleName('Hire two engineers');
});

test('two windows see each other’s writes at once', async ({ page, context }) => {
  const app = new AppPage(page);
  await app.open('empty');
  const other = await context.newPage();
  await other.goto('/');
  await app.newObjective('Written in the first window');
  await expect(
    other.getByRole('button', { name: 'Written in the first window', exact: true }),
  ).toBeVisible();
});

test('the org tree: add a department, a team and a person, rename and remove with Undo', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open('empty');
  await app.nav('Organisation');
  await page.getByRole('button', { name: 'Add a unit under My company' }).click();
  await page.getByLabel('Kind of the new unit').selectOption('Department');
  await page.getByLabel('Name of the new unit').fill('Engineering');
  await page.getByLabel('Name of the new unit').press('Enter');
  await page.getByRole('button', { name: 'Add a unit under Engineering' }).click();
  await page.getByLabel('Kind of the new unit').selectOption('Team');
  await page.getByLabel('Name of the new unit').fill('Platform');
  await page.getByLabel('Name of the new unit').press('Enter');
  await page.getByRole('button', { name: 'Rename Platform' }).click();
  await page.getByLabel('New name for Platform').fill('Data platform');
  await page.getByLabel('New name for Platform').press('Enter');
  await expect(page.getByRole('listitem', { name: 'Data platform, Team' })).toBeVisible();
  await page.getByRole('button', { name: 'Remove Engineering' }).click();
  await expect(page.getByRole('listitem', { name: 'Data platform, Team' })).toHaveCount(0);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('listitem', { name: 'Data platform, Team' })).toBeVisible();
});

test('a new quarter cycle, then through its states', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('empty');
  await page.getByRole('button', { name: 'New cycle' }).click();
  const dialog = page.getByRole('dialog', { name: 'New cycle' });
  await expect(dialog.getByLabel('Name')).toHaveValue(/^Q\d \d{4}$/);
  const name = await dialog.getByLabel('Name').inputValue();
  await dialog.getByRole('button', { name: 'Create cycle' }).click();
  await expect(page.getByRole('region', { name: 'Open cycle' })).toContainText(name);
  await expect(page.getByRole('region', { name: 'Open cycle' })).toContainText('Planning');
  await app.palette('move cycle');
  // Nothing moves until the dialog is confirmed.
  const move = page.getByRole('dialog', { name: `Move ${name} to Active` });
  await move.getByRole('button', { name: 'Move to Active' }).click();
  await expect(page.getByRole('combobox', { name: 'Cycle' }).locator('option:checked')).toHaveText(
    `${name} · Active`,
  );
});
