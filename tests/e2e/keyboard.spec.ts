import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { AppPage, DATA_PLATFORM } from './pages/AppPage';
import { CheckInPage } from './pages/CheckInPage';
import { retype, tabTo } from './pages/Keyboard';
import { ReviewPage } from './pages/ReviewPage';

// Wednesday 25 November 2026, inside Q4 2026: the weekly report covers 23–29 November.
const NOW = new Date('2026-11-25T10:00:00');

/** Records each print instead of opening the system's dialog (the report prints in a frame). */
const recordPrints = () => {
  window.print = () => {
    const top = window.top as unknown as { prints?: string[] };
    top.prints = [...(top.prints ?? []), window.location.hash];
  };
};
const printed = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { prints?: string[] }).prints ?? []);

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
});

// Mei's journey (docs: journeys.md) with page.keyboard alone: no click, no fill, no mouse.
test('Mei plans her OKRs, checks in, reports and reviews the quarter with the keyboard alone', async ({
  page,
}) => {
  // The whole quarter in one test: longer than the default minute.
  test.setTimeout(180_000);
  const kb = page.keyboard;
  const app = new AppPage(page);
  await page.addInitScript(recordPrints);
  await page.goto('/');

  // 1. First launch: she skips the sample workspace.
  const welcome = page.getByRole('dialog', { name: 'Welcome to Cairn' });
  await expect(welcome.getByRole('button', { name: 'Start empty' })).toBeFocused();
  await kb.press('Enter');
  await expect(welcome).toBeHidden();

  // 2. Ctrl+K → "New objective"; the coach flags "Learn more", not her real objective.
  await kb.press('Control+K');
  await expect(page.getByRole('combobox', { name: 'Type a command' })).toBeFocused();
  await kb.type('New objective');
  await kb.press('Enter');
  const dialog = page.getByRole('dialog', { name: /New objective/ });
  const title = dialog.getByLabel('Objective', { exact: true });
  await expect(title).toBeFocused();
  await kb.type('Learn more');
  const coach = dialog.getByRole('list', { name: 'Coach' });
  await expect(coach).toContainText('“learn”');
  await retype(page, DATA_PLATFORM);
  await expect(coach.getByText(/“learn”/)).toHaveCount(0);
  // Aspirational: the select takes type-ahead, and Enter on it creates the objective.
  await tabTo(page, dialog.getByLabel('Type'));
  await kb.type('Aspirational');
  await kb.press('Enter');
  await expect(dialog).toBeHidden();

  // 3. Three key results. Focus is already in the first one's title.
  const form = app.newKeyResultForm;
  await expect(form.getByLabel('Key result', { exact: true })).toBeFocused();
  await kb.type('Internal talks given');
  await tabTo(page, form.getByLabel('Unit'));
  await kb.type('talks');
  await tabTo(page, form.getByLabel('Start', { exact: true }));
  await retype(page, '0');
  await kb.press('Tab');
  await kb.type('3');
  await kb.press('Enter');
  await expect(app.keyResult('Internal talks given')).toContainText('0 → 3 talks');

  // Focus waits on "Add key result": Enter opens the next form, focus in its title.
  const add = app.details.getByRole('button', { name: 'Add key result' });
  await expect(add).toBeFocused();
  await kb.press('Enter');
  await kb.type('Median query time');
  await tabTo(page, form.getByLabel('Kind'));
  await kb.type('Decrease');
  await expect(form.getByLabel('Kind')).toHaveValue('decrease');
  await kb.press('Tab');
  await kb.type('s');
  await kb.press('Tab');
  await retype(page, '40');
  await kb.press('Tab');
  await kb.type('10');
  // Ctrl+Enter submits from any field.
  await kb.press('Control+Enter');
  await expect(app.keyResult('Median query time')).toContainText('40 → 10 s');

  await expect(add).toBeFocused();
  await kb.press('Enter');
  await kb.type('Migration guide published');
  await tabTo(page, form.getByLabel('Kind'));
  await kb.type('Done');
  await expect(form.getByLabel('Kind')).toHaveValue('binary');
  // Enter on a select submits its form.
  await kb.press('Enter');
  await expect(app.keyResult('Migration guide published')).toBeVisible();

  // A fourth reads as a task; she rewrites it as an outcome, then thinks better of it (Escape).
  await expect(add).toBeFocused();
  await kb.press('Enter');
  await kb.type('Read two books');
  const task = form.getByRole('list', { name: 'Coach' }).getByText(/“read”/);
  await expect(task).toBeVisible();
  await retype(page, 'Colleagues who answer their own data questions');
  await expect(task).toBeHidden();
  await kb.press('Escape');
  await expect(form).toBeHidden();
  await expect(add).toBeFocused();
  await expect(app.details.getByRole('listitem', { name: /^Key result / })).toHaveCount(3);

  // 4. Monday: the check-in session steps through the three, value, confidence and a word.
  const checkin = new CheckInPage(page);
  await kb.press('Control+Shift+E');
  await expect(checkin.session).toBeVisible();
  await checkin.checkInWithKeys('Internal talks given', {
    value: '1',
    confidence: '7',
    note: 'First talk given',
  });
  await checkin.checkInWithKeys('Median query time', {
    value: '31',
    confidence: '6',
    note: 'Indexes added',
  });
  await checkin.checkInWithKeys('Migration guide published', {
    confidence: '8',
    note: 'Outline written',
    blockers: 'Waiting for the platform team',
  });
  await expect(checkin.session.getByText('Checked in on 3 of 3 key results.')).toBeVisible();
  await kb.press('Enter');
  await expect(checkin.krRow('Median query time')).toContainText('31 s');

  // 5. Friday: the weekly report, saved as Markdown for the team chat.
  await kb.press('Control+Shift+Y');
  await expect(page.getByRole('heading', { name: 'Weekly report: Me' })).toBeVisible();
  const save = page.getByRole('button', { name: 'Save as Markdown' });
  await tabTo(page, save, { back: true });
  const [download] = await Promise.all([page.waitForEvent('download'), kb.press('Enter')]);
  const md = await readFile((await download.path())!, 'utf8');
  expect(md).toContain('# Weekly report: Me');
  expect(md).toMatch(/\| Internal talks given \| 1 talks? \|/);
  expect(md).toContain('Waiting for the platform team');

  // 6. End of quarter: scores proposed from progress, one adjusted with a reason, what she
  // learned, and the objective carried into next quarter.
  const review = new ReviewPage(page);
  await kb.press('Control+5');
  await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeVisible();
  const score = review.scoreForm('Median query time');
  await tabTo(page, score.getByLabel('Score'));
  await retype(page, '0.5');
  await kb.press('Tab');
  await kb.type('The slowest dashboards moved first');
  await kb.press('Enter');
  await expect(score.getByRole('button', { name: 'Use proposed' })).toBeVisible();

  const retro = page.getByRole('form', { name: 'Retrospective of the cycle' });
  await tabTo(page, retro.getByLabel('Lessons'));
  await kb.type('Talks made people come to me first');
  await kb.press('Control+Enter');
  await expect(retro.getByRole('button', { name: 'Save retrospective' })).toBeDisabled();

  // She exports the review PDF: the print dialog opens on the review report (the browser host
  // prints it from a hidden frame; print is recorded here) and she stays on Review.
  await tabTo(page, page.getByRole('tab', { name: 'Scores & retrospective' }), { back: true });
  await kb.press('ArrowLeft');
  const report = page.getByRole('tab', { name: 'Report' });
  await expect(report).toBeFocused();
  await expect(report).toHaveAttribute('aria-selected', 'true');
  await tabTo(page, page.getByRole('button', { name: 'Export PDF' }));
  await kb.press('Enter');
  await expect.poll(() => printed(page)).toHaveLength(1);
  expect((await printed(page))[0]).toMatch(/^#print=review&/);
  await expect(page.getByRole('heading', { level: 1, name: 'Review', exact: true })).toBeVisible();

  await tabTo(page, page.getByRole('button', { name: 'Close cycle and carry over…' }), {
    back: true,
  });
  await kb.press('Enter');
  const close = page.getByRole('dialog', { name: /^Close .* and carry over$/ });
  const carry = close.getByRole('checkbox', { name: new RegExp(`^${DATA_PLATFORM}`) });
  await tabTo(page, carry);
  await kb.press('Space');
  await expect(carry).toBeChecked();
  // Working alone, she closes without marking her own review done first.
  const without = close.getByRole('checkbox', { name: /^Close without (its|their) reviews?$/ });
  await tabTo(page, without);
  await kb.press('Space');
  await kb.press('Control+Enter');
  await expect(close).toBeHidden();
  await expect(page.getByText(/1 objective carried into/)).toBeVisible();
});

test('a dialog keeps Tab inside, closes on Escape and gives focus back to what opened it', async ({
  page,
}) => {
  const kb = page.keyboard;
  const app = new AppPage(page);
  await app.open('empty');
  const opener = page.getByRole('button', { name: 'New objective', exact: true });
  await tabTo(page, opener);
  await kb.press('Enter');
  const dialog = page.getByRole('dialog', { name: /New objective/ });
  const title = dialog.getByLabel('Objective', { exact: true });
  await expect(title).toBeFocused();

  // Shift+Tab from the first field wraps to the dialog's last control, Tab wraps back.
  await kb.press('Shift+Tab');
  const last = dialog.getByRole('button', { name: 'Start from a template…' });
  await expect(last).toBeFocused();
  await kb.press('Tab');
  await expect(title).toBeFocused();
  for (let i = 0; i < 25; i++) {
    await kb.press('Tab');
    await expect(dialog.locator(':focus')).toHaveCount(1);
  }

  await kb.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  // Escape still closes it after "Start from a template…", whose button goes away; Hide
  // templates gives focus back to that button.
  await kb.press('Enter');
  await tabTo(page, last, { back: true });
  await kb.press('Enter');
  const templates = dialog.getByRole('region', { name: 'Templates' });
  await expect(templates.getByRole('button', { name: /^Use the / }).first()).toBeFocused();
  await tabTo(page, templates.getByRole('button', { name: 'Hide templates' }), { back: true });
  await kb.press('Enter');
  await expect(last).toBeFocused();
  await kb.press('Enter');
  await expect(templates).toBeVisible();
  await kb.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('Ctrl+Enter runs a dialog’s primary action and Enter on a select submits', async ({
  page,
}) => {
  const kb = page.keyboard;
  const app = new AppPage(page);
  await page.goto('/');

  // In a dialog without a form, Ctrl+Enter presses its primary button.
  const welcome = page.getByRole('dialog', { name: 'Welcome to Cairn' });
  await expect(welcome.getByRole('button', { name: 'Start empty' })).toBeFocused();
  await kb.press('Control+Enter');
  await expect(app.objective('Make Northwind the product customers stay with')).toBeVisible();
  await expect(welcome).toBeHidden();

  // Ctrl+Enter from the description (a textarea, where Enter is a new line) creates it.
  await kb.press('Control+Shift+O');
  const dialog = page.getByRole('dialog', { name: /New objective/ });
  // A person waits for the dialog before typing.
  const title = dialog.getByLabel('Objective', { exact: true });
  await expect(title).toBeFocused();
  await kb.type('Ship the beta');
  await tabTo(page, dialog.getByLabel('Description'));
  await kb.type('First line');
  await kb.press('Enter');
  await kb.type('second line');
  await kb.press('Control+Enter');
  await expect(dialog).toBeHidden();
  await expect(app.details.getByLabel('Description')).toHaveValue('First line\nsecond line');

  // Enter on the Type select creates the objective too.
  await kb.press('Control+Shift+O');
  await expect(title).toBeFocused();
  await kb.type('Hire two engineers');
  await tabTo(page, dialog.getByLabel('Type'));
  await kb.type('Aspirational');
  await kb.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(app.objective('Hire two engineers')).toBeVisible();
  await expect(app.details.getByLabel('Type')).toHaveValue('aspirational');

  // A confirming dialog: Ctrl+Enter confirms, whichever of its buttons has focus.
  await kb.press('Control+K');
  await expect(page.getByRole('combobox', { name: 'Type a command' })).toBeFocused();
  await kb.type('Move cycle to its next state');
  await kb.press('Enter');
  const move = page.getByRole('dialog', { name: /^Move / });
  await expect(move).toBeVisible();
  await expect(move.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await kb.press('Control+Enter');
  await expect(move).toBeHidden();
  await expect(page.getByLabel('Cycle', { exact: true }).locator('option:checked')).toHaveText(
    /· Review$/,
  );
});
