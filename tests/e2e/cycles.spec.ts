import { expect, test } from '@playwright/test';
import { format, parseISO } from 'date-fns';
import { AppPage } from './pages/AppPage';
import { CyclesPage, quarterAfter, quarterOf } from './pages/CyclesPage';

// A quarter's range as a British reader reads it: the shared year once, no ISO date.
const readableRange = (start: string, end: string) =>
  `${format(parseISO(start), 'd MMM')} – ${format(parseISO(end), 'd MMM yyyy')}`;

test('the + dialog offers the quarter after the latest one, and an overlapping quarter is refused', async ({
  page,
}) => {
  const app = new AppPage(page);
  const cycles = new CyclesPage(page);
  await app.open('empty');
  const running = quarterOf((await cycles.open()).name);
  const next = quarterAfter(running.name);

  let dialog = await cycles.newCycle();
  await expect(dialog.getByLabel('Name')).toHaveValue(next.name);
  await expect(dialog.getByLabel('Start')).toHaveValue(next.start);
  await expect(dialog.getByLabel('End')).toHaveValue(next.end);
  await dialog.getByRole('button', { name: 'Create cycle' }).click();
  await expect(dialog).toBeHidden();
  await cycles.expectOpen(next.name, 'Planning');

  // The latest quarter is now the new one: the next suggestion follows it, whichever kind
  // was looked at in between.
  const after = quarterAfter(next.name);
  dialog = await cycles.newCycle();
  await expect(dialog.getByLabel('Name')).toHaveValue(after.name);
  await dialog.getByLabel('Kind').selectOption({ label: 'Year' });
  await dialog.getByLabel('Kind').selectOption({ label: 'Quarter' });
  await expect(dialog.getByLabel('Name')).toHaveValue(after.name);
  await expect(dialog.getByLabel('Start')).toHaveValue(after.start);

  // A second copy of the running quarter is refused next to its dates, naming the first.
  await dialog.getByLabel('Name').fill(running.name);
  await dialog.getByLabel('Start').fill(running.start);
  await dialog.getByLabel('End').fill(running.end);
  await dialog.getByRole('button', { name: 'Create cycle' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    `Overlaps ${running.name} (${readableRange(running.start, running.end)})`,
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await cycles.names()).toEqual([next.name, running.name]);
});

test('“close” in the palette changes nothing without its dialog; a confirmed move is undone from the message and with Ctrl+Z', async ({
  page,
}) => {
  const app = new AppPage(page);
  const cycles = new CyclesPage(page);
  await app.open('sample');
  const { name } = await cycles.open();
  await cycles.expectOpen(name, 'Active');

  // Typing "close" offers closing first; Enter opens its dialog, and leaving it changes nothing.
  await app.palette('close');
  const closeDialog = page.getByRole('dialog');
  await expect(closeDialog).toBeVisible();
  await expect(closeDialog).toHaveAccessibleName(/^Close/);
  await page.keyboard.press('Escape');
  await expect(closeDialog).toBeHidden();
  await cycles.expectOpen(name, 'Active');

  // Moving to review asks first, saying what stops and how long the cycle still runs.
  await app.palette('move cycle to its next state');
  const move = page.getByRole('dialog', { name: `Move ${name} to Review` });
  await expect(move).toContainText(new RegExp(`${name} moves to Review with \\d+ days? left`));
  await expect(move).toContainText('Staleness flags stop');
  await expect(move.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await move.getByRole('button', { name: 'Cancel' }).click();
  await cycles.expectOpen(name, 'Active');

  await app.palette('move cycle to its next state');
  await move.getByRole('button', { name: 'Move to Review' }).click();
  await expect(move).toBeHidden();
  await cycles.expectOpen(name, 'Review');
  await page
    .getByRole('status')
    .filter({ hasText: `${name} moved to Review` })
    .getByRole('button', { name: 'Undo' })
    .click();
  await cycles.expectOpen(name, 'Active');
  await expect(page.getByRole('status')).toContainText(`${name} is active again`);

  // The sidebar's button goes through the same dialog; Ctrl+Z undoes it.
  await cycles.openCycle.getByRole('button', { name: 'Move to review…' }).click();
  await move.getByRole('button', { name: 'Move to Review' }).click();
  await cycles.expectOpen(name, 'Review');
  await page.locator('body').press('Control+z');
  await cycles.expectOpen(name, 'Active');

  // Whoever moved on too early can step back, through a dialog too.
  await cycles.openCycle.getByRole('button', { name: 'Back to planning…' }).click();
  const back = page.getByRole('dialog', { name: `Move ${name} back to Planning` });
  await back.getByRole('button', { name: 'Move back to Planning' }).click();
  await cycles.expectOpen(name, 'Planning');
  await page.reload();
  await cycles.expectOpen(name, 'Planning');
});
