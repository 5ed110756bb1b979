import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { PlanningPage } from './pages/PlanningPage';

test('the coach flags a vague objective and a task-like key result while typing, and clears when fixed', async ({
  page,
}) => {
  const app = new PlanningPage(page);
  await app.open('empty');
  await app.palette('new objective');
  const dialog = page.getByRole('dialog', { name: /New objective/ });
  const title = dialog.getByLabel('Objective', { exact: true });
  await title.pressSequentially('Improve things');
  await expect(app.coach(dialog)).toContainText(
    'Objective says “things” instead of naming what should change',
  );
  await expect(app.coach(dialog)).toContainText('Name the change you want and for whom');
  await title.fill('Become the go-to person for our data platform');
  await expect(dialog.getByText(/instead of naming what should change/)).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Create objective' }).click();

  // The new objective's detail opens on its first key result, the title field focused.
  const form = app.newKeyResultForm;
  await expect(form.getByLabel('Key result', { exact: true })).toBeFocused();
  const kr = form.getByLabel('Key result', { exact: true });
  await kr.pressSequentially('Launch the new pricing page');
  await expect(app.coach(form)).toContainText(
    'Key result “launch” names an activity, not the change it should bring',
  );
  await kr.fill('Pricing page conversion');
  await form.getByLabel('Start', { exact: true }).fill('2');
  await form.getByLabel('Target', { exact: true }).fill('4');
  await form.getByLabel('Unit').fill('%');
  await expect(form.getByText(/names an activity/)).toHaveCount(0);
  await expect(app.coach(form)).toHaveCount(0);
  await form.getByRole('button', { name: 'Add key result' }).click();
  await expect(form).toBeHidden();
});

test('the submit step does not claim objectives agreed long ago were just submitted', async ({
  page,
}) => {
  const app = new PlanningPage(page);
  await app.open('sample');
  await app.openBoard();
  const panel = await app.step('Submit proposals');
  await expect(panel).toContainText(
    'No drafts: this cycle’s objectives are already agreed or published.',
  );
  await expect(panel).not.toContainText('has been submitted');
});

test('a planning round goes from proposals through dot votes to published, and the meeting pack lists proposals in vote order', async ({
  page,
}) => {
  const app = new PlanningPage(page);
  await app.open('empty');
  const titles = [
    'Make onboarding a delight for new teams',
    'Win back the customers we lost last year',
    'Become the fastest analytics platform',
  ];
  for (const t of titles) await app.newObjective(t);
  await app.details.getByRole('button', { name: 'Close details' }).click();
  const [onboarding, winBack, fastest] = titles as [string, string, string];

  await app.openBoard();
  let panel = await app.step('Submit proposals');
  await expect(panel).toContainText('None waiting for the meeting: submit a draft to propose it.');
  for (const t of titles) await panel.getByRole('button', { name: `Submit “${t}”` }).click();
  await expect(panel.getByRole('heading', { name: 'Submitted proposals (3)' })).toBeVisible();
  await expect(panel).toContainText('No drafts: every objective of this cycle is submitted.');
  await expect(panel).not.toContainText('None waiting for the meeting');

  panel = await app.step('Discuss and vote');
  // Nobody has voted: three proposals at 0 dots are not a tie.
  await expect(app.proposal(onboarding).getByLabel('Place 1')).toBeVisible();
  await expect(panel.getByText('Tied', { exact: true })).toHaveCount(0);
  await panel.getByLabel('Your name').fill('Ana');
  await expect(panel.getByText('Ana: 3 of 3 dots left')).toBeVisible();
  await app.vote(fastest);
  await app.vote(fastest);
  await app.vote(winBack);
  await expect(panel.getByText('Ana: 0 of 3 dots left')).toBeVisible();
  // The rows stay where they were while people vote; they sort when asked.
  await expect(app.proposal(fastest).getByLabel('2 dots')).toBeVisible();
  await expect(app.proposal(fastest).getByLabel('Place 3')).toBeVisible();
  await expect(
    panel.getByText('Votes have changed the order since the list was sorted.'),
  ).toBeVisible();
  await panel.getByRole('button', { name: 'Sort by votes' }).click();
  await expect(app.proposal(fastest).getByLabel('Place 1')).toBeVisible();
  await expect(app.proposal(onboarding).getByLabel('Place 3')).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Sort by votes' })).toBeDisabled();
  await app.vote(onboarding);
  await expect(panel.getByRole('alert')).toHaveText(
    'Ana has used all 3 dots: take one back before voting again',
  );

  await panel.getByLabel('Your name').fill('Mei');
  await app.vote(winBack);
  await app.vote(onboarding);
  await panel.getByLabel(`Comment on “${winBack}”`).fill('Churn is our biggest leak');
  await panel.getByLabel(`Comment on “${winBack}”`).press('Enter');
  await expect(panel.getByRole('list', { name: `Discussion of “${winBack}”` })).toContainText(
    'Mei: Churn is our biggest leak',
  );

  // winBack and fastest tie at 2 dots; fastest was submitted later, so it comes second until
  // moved up by hand. onboarding's single dot ties with nothing.
  await panel.getByRole('button', { name: 'Sort by votes' }).click();
  await expect(app.proposal(winBack).getByLabel('Place 1')).toBeVisible();
  await expect(app.proposal(winBack).getByText('Tied', { exact: true })).toBeVisible();
  await expect(app.proposal(fastest).getByText('Tied', { exact: true })).toBeVisible();
  await expect(app.proposal(onboarding).getByText('Tied', { exact: true })).toHaveCount(0);
  await panel.getByRole('button', { name: `Move “${fastest}” up in its tie` }).click();
  await expect(app.proposal(fastest).getByLabel('Place 1')).toBeVisible();
  await panel.getByRole('button', { name: 'Set priorities from votes' }).click();
  await expect(page.getByText(/Priorities set from the votes/)).toBeVisible();

  panel = await app.step('Meeting pack');
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export Markdown' }).click();
  const file = await (await download).path();
  const md = readFileSync(file, 'utf8');
  const at = (t: string) => md.indexOf(`. ${t} (`);
  expect(md).toContain(`### 1. ${fastest} (2 dots, tied)`);
  expect(at(fastest)).toBeLessThan(at(winBack));
  expect(at(winBack)).toBeLessThan(at(onboarding));
  expect(md).toContain('- Mei: Churn is our biggest leak');
  expect(md).toContain('| Ana | 3 of 3 |');

  panel = await app.step('Confirm');
  await panel.getByRole('checkbox', { name: `Agree “${fastest}”` }).check();
  await panel.getByRole('checkbox', { name: `Agree “${winBack}”` }).check();
  await panel.getByRole('button', { name: 'Confirm 2 as agreed' }).click();
  await expect(panel.getByRole('heading', { name: 'Agreed (2)' })).toBeVisible();

  panel = await app.step('Publish');
  await panel.getByRole('button', { name: 'Publish 2 agreed objectives' }).click();
  await expect(page.getByText('Published 2 objectives')).toBeVisible();
  await expect(panel.getByRole('definition').nth(3)).toHaveText('2');

  await app.nav('Objectives');
  await expect(
    page.getByRole('listitem', { name: fastest }).getByLabel('Priority 1'),
  ).toBeVisible();
  await expect(
    page.getByRole('listitem', { name: onboarding }).getByLabel('Priority 3'),
  ).toBeVisible();
});

// Where a person looks at the board: a wide desktop window and the smallest supported one.
for (const size of [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
]) {
  test(`the planning tabs fit on one row at ${size.width}×${size.height}, light and dark`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    const app = new PlanningPage(page);
    await app.open('empty');
    const titles = ['Make onboarding a delight for new teams', 'Win back lost customers'];
    for (const t of titles) await app.newObjective(t);
    await app.details.getByRole('button', { name: 'Close details' }).click();
    await app.openBoard();
    let panel = await app.step('Submit proposals');
    for (const t of titles) await panel.getByRole('button', { name: `Submit “${t}”` }).click();
    panel = await app.step('Discuss and vote');
    await panel.getByLabel('Your name').fill('Ana');
    await app.vote(titles[1]!);

    const tabs = page.getByRole('tablist', { name: 'Seven steps to the OKR meeting' });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const list = (await tabs.boundingBox())!;
      const boxes = await Promise.all(
        (await tabs.getByRole('tab').all()).map((t) => t.boundingBox()),
      );
      expect(boxes).toHaveLength(8);
      for (const box of boxes) {
        // One row, every tab whole inside the list and the window: nothing wraps or hides.
        expect(box!.y).toBe(boxes[0]!.y);
        expect(box!.x).toBeGreaterThanOrEqual(list.x);
        expect(box!.x + box!.width).toBeLessThanOrEqual(Math.min(list.x + list.width, size.width));
      }
      if (process.env.CAIRN_SHOTS_DIR)
        await page.screenshot({
          path: `${process.env.CAIRN_SHOTS_DIR}/planning-vote-${size.width}-${scheme}.png`,
        });
    }
    await expect(page.getByRole('tab', { name: 'Discuss and vote' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });
}
