import { test } from '@playwright/test';

// Screenshots of the planning screens in light and dark, for people to look at (not assertions).
test.skip(!process.env.CAIRN_SHOTS, 'screenshots only when CAIRN_SHOTS=1');

for (const scheme of ['light', 'dark'] as const) {
  test(`planning screens in ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    await page
      .getByRole('dialog', { name: 'Welcome to Cairn' })
      .getByRole('button', { name: 'Load the sample workspace' })
      .click();
    await page
      .getByRole('button', { name: 'Make Northwind the product customers stay with', exact: true })
      .waitFor();
    const dir = 'test-results/shots-planning';
    await page.keyboard.press('Control+Shift+O');
    await page.getByLabel('Objective', { exact: true }).fill('Improve things by 20%');
    await page.getByRole('button', { name: 'Start from a template…' }).click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${dir}/new-objective-${scheme}.png` });
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page
      .getByRole('button', { name: 'Become the go-to person for our data platform', exact: true })
      .click();
    await page.getByRole('button', { name: 'Add key result' }).click();
    await page.getByLabel('Key result', { exact: true }).fill('Launch the new pricing page');
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${dir}/detail-${scheme}.png` });
    await page.getByRole('button', { name: 'Close details' }).click();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Planning', exact: true })
      .click();
    await page.getByRole('button', { name: 'Coach panel' }).click();
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${dir}/coach-${scheme}.png`, fullPage: true });
    await page.getByRole('button', { name: 'Hide coach panel' }).click();
    for (const t of ['Make onboarding a delight for new teams', 'Improve things']) {
      await page.getByRole('button', { name: 'New objective', exact: true }).click();
      await page.getByLabel('Objective', { exact: true }).fill(t);
      await page.getByLabel('Objective', { exact: true }).press('Enter');
      await page.getByRole('button', { name: 'Close details' }).click();
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('button', { name: 'Planning', exact: true })
        .click();
      await page.getByRole('button', { name: `Submit “${t}”` }).click();
    }
    await page.getByRole('tab', { name: 'Discuss and vote' }).click();
    await page.getByLabel('Your name').fill('Ana');
    await page.getByRole('button', { name: 'Add a dot to “Improve things”' }).click();
    await page
      .getByRole('button', { name: 'Add a dot to “Make onboarding a delight for new teams”' })
      .click();
    await page.getByLabel('Comment on “Improve things”').fill('Which things?');
    await page.getByLabel('Comment on “Improve things”').press('Enter');
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${dir}/vote-${scheme}.png`, fullPage: true });
    for (const tab of [
      'Submit proposals',
      'Discuss and vote',
      'Top-down correlation',
      'Personal OKRs',
      'Publish',
      'Meeting pack',
    ]) {
      await page.getByRole('tab', { name: tab }).click();
      await page.waitForTimeout(300);
      await page.screenshot({
        path: `${dir}/${tab.replace(/\W+/g, '-').toLowerCase()}-${scheme}.png`,
      });
    }
    if (scheme === 'light') {
      await page.emulateMedia({ media: 'print' });
      await page.pdf({ path: `${dir}/meeting-pack.pdf`, format: 'A4' });
    }
  });
}
