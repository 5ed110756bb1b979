import { expect, test } from '@playwright/test';
import { AppPage, DATA_PLATFORM, SAMPLE_COMPANY_OBJECTIVE } from './pages/AppPage';
import { OrgPicker } from './pages/OrgPicker';

// The org pickers list the tree indented, and the chosen unit reads plainly once picked: the
// indent is drawn, not typed, so the closed select never shows "    Data platform".

test('the sidebar’s Show picker indents the tree in its list and shows the picked team plainly', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open('sample');
  const show = new OrgPicker(page.getByRole('combobox', { name: 'Show' }));

  await show.select.click();
  // Data platform is a team of Engineering: one step further in than its department.
  expect(await show.textLeft('Data platform')).toBeGreaterThan(await show.textLeft('Engineering'));
  expect(await show.textLeft('Mei Chen')).toBeGreaterThan(await show.textLeft('Data platform'));
  await show.option('Data platform').click();

  expect(await show.shown()).toBe('Data platform');
  await expect(app.objective(DATA_PLATFORM)).toBeVisible();
  await expect(app.objective(SAMPLE_COMPANY_OBJECTIVE)).toBeHidden();
});

test('an objective’s Owner picker closes its list on Escape and leaves the dialog open', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open('sample');
  await app.palette('new objective');
  const dialog = page.getByRole('dialog', { name: /New objective/ });
  const owner = new OrgPicker(dialog.getByRole('combobox', { name: 'Owner' }));

  await owner.select.click();
  await expect(owner.option('Growth (team)')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(owner.option('Growth (team)')).toBeHidden();
  await expect(dialog).toBeVisible();

  await owner.pick('Growth (team)');
  expect(await owner.shown()).toBe('Growth (team)');
});
