import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { PRINT_READY_TITLE } from '../../shared/report/printRoute';
import { AppPage } from './pages/AppPage';
import { ReviewPage } from './pages/ReviewPage';

// Ana hands in the quarterly review for her department (journeys.md): the Product subtree of
// the sample workspace holds three objectives.
const HABITS = 'Turn first-week users into weekly habits';
const DELIGHT = 'Make the first session delightful';
const PRICING = 'Improve things';
// The company's aspirational objective: its "Uptime" holds, so it is achieved.
const FASTEST = 'Become the fastest analytics platform in our market';

test('Product reviews, the company closes, two objectives carried, Markdown and PDF', async ({
  page,
}, testInfo) => {
  const app = new AppPage(page);
  const review = new ReviewPage(page);
  // The browser host prints a report from its route in a hidden frame: record each print.
  await page.addInitScript(() => {
    window.print = () => {
      const top = window.top as unknown as { prints?: string[] };
      top.prints = [...(top.prints ?? []), window.location.hash];
    };
  });
  await app.open('sample');
  const cycleShown = page.getByLabel('Cycle', { exact: true }).locator('option:checked');
  const cycleName = ((await cycleShown.textContent()) ?? '').split(' · ')[0]!;

  // A description on the objective we will carry, so "all fields" has one to carry.
  await app.objective(DELIGHT).click();
  await app.details.getByLabel('Description').fill('New users see a chart in their first minutes.');
  await app.details.getByLabel('Description').press('Tab');
  await app.details.getByRole('button', { name: 'Close details' }).click();

  await app.nav('Review');
  await review.scope('Product');
  const panel = page.getByRole('tabpanel');
  await expect(panel.getByRole('heading', { level: 3 })).toHaveText([HABITS, DELIGHT, PRICING]);

  // A score that differs from the proposed one needs a reason; nothing is saved without it.
  const form = review.scoreForm('Users active in week two');
  await form.getByLabel('Score').fill('0.9');
  await form.getByRole('button', { name: 'Save score' }).click();
  await expect(form.getByRole('alert')).toContainText('say why the score differs');
  await review.setScore('Users active in week two', '0.9', 'Launch week counted late');
  await expect(review.keyResultRow('Users active in week two')).toContainText('score set');

  // Committed and below 1.0: a postmortem line is asked for.
  const habits = review.objective(HABITS);
  await expect(habits.getByText('Postmortem needed')).toBeVisible();
  await review.writeRetro(habits.getByRole('form', { name: `Retrospective of ${HABITS}` }), {
    'Postmortem: why was it missed?': 'Onboarding emails shipped six weeks late',
  });
  await expect(habits.getByText('Postmortem needed')).toHaveCount(0);

  const delight = review.objective(DELIGHT);
  await delight.getByText('Retrospective', { exact: true }).click();
  await review.writeRetro(delight.getByRole('form', { name: `Retrospective of ${DELIGHT}` }), {
    Lessons: 'Test the tour with five users first',
  });
  await review.writeRetro(page.getByRole('form', { name: 'Retrospective of the cycle' }), {
    'What went well': 'Product and Growth worked as one team',
  });
  const lastValue = /now ([\d.]+) min/.exec(
    (await review.keyResultRow('Time to first chart').textContent()) ?? '',
  )?.[1];
  expect(lastValue).toBeTruthy();

  // Product's screen reviews Product and nothing more: it marks its own review done (with
  // Undo), and the company's cycle stays open.
  await expect(page.getByRole('button', { name: 'Close cycle and carry over…' })).toHaveCount(0);
  await review.markReviewDone("Product's");
  await page.getByRole('button', { name: 'Undo' }).click();
  await review.markReviewDone("Product's");
  await expect(page.getByText(/^Reviewed by Me on /)).toBeVisible();
  await expect(page.getByRole('button', { name: "Reopen Product's review" })).toBeVisible();
  await expect(cycleShown).toHaveText(`${cycleName} · Active`);

  // Closing is the company's: every unit owning objectives is listed, reviewed or not.
  await review.scope('Everyone');
  const dialog = await review.openCloseDialog(cycleName);
  await expect(review.unitRow(dialog, 'Product')).toContainText('Reviewed by Me on');
  await expect(review.unitRow(dialog, 'Engineering')).toContainText('Not reviewed');
  await expect(review.unitRow(dialog, 'Tomás Ruiz')).toContainText(PRICING);
  await expect(dialog.getByText(/key results? without a score/)).toBeVisible();

  // With nothing picked, the button says it closes without carrying anything over.
  await expect(dialog.getByRole('button', { name: 'Close without carrying over' })).toBeVisible();

  // Pick what to carry: achieved key results start unticked; one is left behind on purpose.
  const delightKrs = await review.pickObjective(dialog, DELIGHT);
  await expect(delightKrs.getByRole('checkbox', { name: /^Time to first chart/ })).toBeChecked();
  await delightKrs.getByRole('checkbox', { name: /^Guided tour shipped/ }).uncheck();
  const fastestKrs = await review.pickObjective(dialog, FASTEST);
  await expect(fastestKrs.getByRole('checkbox', { name: /^Uptime achieved/ })).not.toBeChecked();
  await expect(
    fastestKrs.getByRole('checkbox', { name: /^Median dashboard load time/ }),
  ).toBeChecked();

  // Units not reviewed block the close, named, and nothing changes ...
  await dialog.getByRole('button', { name: 'Close and carry over 2' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    /Engineering.* have not marked their review done/,
  );
  await expect(cycleShown).toHaveText(`${cycleName} · Active`);
  // ... unless the person closing says, explicitly, to close without them.
  await dialog.getByRole('checkbox', { name: 'Close without their reviews' }).check();
  await dialog.getByRole('button', { name: 'Close and carry over 2' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/2 objectives carried into/)).toBeVisible();
  await expect(page.getByText(`${cycleName} · Closed — read-only`)).toBeVisible();
  await expect(review.scoreForm('Users active in week two')).toHaveCount(0);

  // The copies in the next cycle start where the old ones ended, at 0 %, with only the key
  // results chosen.
  const open = page.getByRole('button', { name: /^Open / });
  const nextName = ((await open.textContent()) ?? '').replace(/^Open /, '');
  await open.click();
  await expect(page.getByLabel('Cycle', { exact: true }).locator('option:checked')).toHaveText(
    `${nextName} · Planning`,
  );
  await expect(panel.getByRole('heading', { level: 3 })).toHaveText([FASTEST, DELIGHT]);
  await expect(review.objective(DELIGHT)).toContainText('Growth · carried over');
  await expect(review.keyResultRow('Time to first chart')).toContainText(
    `now ${lastValue} min · progress 0 %`,
  );
  await expect(review.keyResultRow('Median dashboard load time')).toContainText('progress 0 %');
  await expect(review.keyResultRow('Uptime')).toHaveCount(0);
  await expect(review.keyResultRow('Guided tour shipped')).toHaveCount(0);
  // A planning cycle offers neither closing nor a review mark: it has not run yet.
  await expect(page.getByRole('button', { name: 'Close cycle and carry over…' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /review done$/ })).toHaveCount(0);
  await app.nav('Objectives');
  await app.objective(DELIGHT).click();
  await expect(app.details.getByLabel('Title')).toHaveValue(DELIGHT);
  await expect(app.details.getByLabel('Description')).toHaveValue(
    'New users see a chart in their first minutes.',
  );
  await expect(app.details.getByLabel('Type')).toHaveValue('aspirational');
  await expect(app.details.getByLabel('Owner').locator('option:checked')).toHaveText(/Growth/);
  await expect(app.details.getByText(`${lastValue} → 3 min · now ${lastValue} min`)).toBeVisible();
  await expect(app.details.getByText('Guided tour shipped')).toHaveCount(0);
  await expect(
    app.details.getByRole('progressbar', { name: `Progress of ${DELIGHT}` }),
  ).toHaveAttribute('aria-valuenow', '0');
  await app.details.getByRole('button', { name: 'Close details' }).click();

  // Back to the closed cycle: its report, as Markdown and as PDF.
  await page.getByLabel('Cycle', { exact: true }).selectOption({ label: `${cycleName} · Closed` });
  await app.nav('Review');
  await review.scope('Product');
  // From the closed cycle, Product can carry more of its own objectives later.
  await page.getByRole('button', { name: 'Carry over…' }).click();
  const carry = page.getByRole('dialog', { name: `Carry over from ${cycleName}` });
  await expect(carry.getByRole('checkbox')).toHaveCount(3);
  await carry.getByRole('button', { name: 'Cancel' }).click();
  await review.tab('Report');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export Markdown' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(
    `review-${cycleName.toLowerCase().replace(' ', '-')}-product.md`,
  );
  const md = readFileSync((await download.path())!, 'utf8');
  for (const text of [
    `### ${HABITS}`,
    `### ${DELIGHT}`,
    `### ${PRICING}`,
    '- Users active in week two: 42 → 60 % — now',
    'score 0.9',
    'reason: Launch week counted late',
    '**Why targets were missed.** Onboarding emails shipped six weeks late',
    `**${DELIGHT}:** Test the tour with five users first`,
    '**What went well.** Product and Growth worked as one team',
  ])
    expect(md).toContain(text);

  // "Export PDF" prints the report from its route (the browser's print dialog, stubbed here) ...
  await page.getByRole('combobox', { name: 'Page size' }).selectOption('Letter');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const prints = () =>
    page.evaluate(() => (window as unknown as { prints?: string[] }).prints ?? []);
  await expect.poll(prints).toHaveLength(1);
  const [route] = await prints();
  expect(route).toMatch(/^#print=review&.*&page=Letter$/);

  // ... which Chromium's print engine turns into the PDF (the same engine as printToPDF).
  const printPage = await page.context().newPage();
  await printPage.goto(`/${route}`);
  await expect(printPage).toHaveTitle(PRINT_READY_TITLE);
  const file = testInfo.outputPath('review.pdf');
  writeFileSync(file, await printPage.pdf({ preferCSSPageSize: true, printBackground: true }));
  await printPage.close();
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  // Three objectives with their retrospectives, on Letter: three pages at most.
  expect(pages).toBeLessThanOrEqual(3);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const flat = text.replace(/\s+/g, ' ');
  for (const t of [
    `Review of ${cycleName} — Product`,
    HABITS,
    DELIGHT,
    PRICING,
    'Launch week counted late',
    'Onboarding emails shipped six weeks late',
    'Test the tour with five users first',
    'Product and Growth worked as one team',
    'Page 1 of',
    `Page ${pages} of ${pages}`,
  ])
    expect(flat).toContain(t);
  // Lessons are printed once, in their own section.
  expect(flat.split('Test the tour with five users first')).toHaveLength(2);
  expect(flat).toMatch(/Users active in week two .*0\.9/);
  // Only the report prints: no sidebar, tabs or export buttons.
  expect(flat).not.toContain('Scores & retrospective');
  expect(flat).not.toContain('Export Markdown');
  // Calibration, for an owner reading their own history: one closed cycle is not a pattern yet.
  await review.tab('Calibration');
  const owner = page.getByRole('combobox', { name: 'Owner' });
  await owner.selectOption(
    (await owner.getByRole('option', { name: 'Product' }).getAttribute('value'))!,
  );
  await expect(page.getByRole('row', { name: new RegExp(`^${cycleName}`) })).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'needs at least 2 closed cycles' }),
  ).toBeVisible();
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '4',
    file,
    testInfo.outputPath('review-page'),
  ]);
});

test('closing is not offered on an empty cycle, and the palette says why', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('empty');
  await app.nav('Review');
  await expect(page.getByRole('button', { name: "Mark My company's review done" })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Close cycle and carry over…' })).toHaveCount(0);
  await app.palette('Close cycle and carry over');
  await expect(page.getByText(/has no objectives: there is nothing to close/)).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

// Screenshots of the Review screens for people to look at; run with CAIRN_SHOTS=1.
for (const scheme of ['light', 'dark'] as const) {
  test(`review screens in ${scheme}`, async ({ page }) => {
    test.skip(!process.env.CAIRN_SHOTS, 'screenshots only when CAIRN_SHOTS=1');
    await page.emulateMedia({ colorScheme: scheme });
    const app = new AppPage(page);
    const review = new ReviewPage(page);
    await app.open('sample');
    await app.nav('Review');
    await review.scope('Product');
    await page.screenshot({ path: `test-results/shots/review-score-${scheme}.png` });
    await review.markReviewDone("Product's");
    await review.scope('Everyone');
    const dialog = await review.openCloseDialog(
      (
        (await page.getByLabel('Cycle', { exact: true }).locator('option:checked').textContent()) ??
        ''
      ).split(' · ')[0]!,
    );
    await review.pickObjective(dialog, FASTEST);
    await page.screenshot({ path: `test-results/shots/review-close-${scheme}.png` });
    await page.keyboard.press('Escape');
    await review.scope('Product');
    await review.tab('Report');
    await page.getByRole('heading', { name: 'Alignment' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/shots/review-report-${scheme}.png` });
    await review.tab('Calibration');
    await page.screenshot({ path: `test-results/shots/review-calibration-${scheme}.png` });
  });
}

test('in the smallest window a key result’s score, reason and Save sit on one row', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const app = new AppPage(page);
  const review = new ReviewPage(page);
  await app.open('sample');
  await app.nav('Review');
  await review.scope('Product');
  const form = review.scoreForm('Users active in week two');
  const score = (await form.getByLabel('Score').boundingBox())!;
  const reason = (await form.getByLabel('Reason').boundingBox())!;
  const save = (await form.getByRole('button', { name: 'Save score' }).boundingBox())!;
  expect(reason.y).toBeCloseTo(score.y, 0);
  expect(reason.x).toBeGreaterThan(score.x + score.width);
  expect(save.x).toBeGreaterThan(reason.x + reason.width);
});

test('working alone, the review counts one unit as "1 unit"', async ({ page }) => {
  const app = new AppPage(page);
  await app.planDataPlatform();
  await page.keyboard.press('Escape');
  await app.nav('Review');
  await expect(page.getByText('0 of 1 unit reviewed', { exact: true })).toBeVisible();
});
