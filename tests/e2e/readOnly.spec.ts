import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './pages/Accessibility';
import { AppPage } from './pages/AppPage';
import { CheckInPage } from './pages/CheckInPage';
import { KpisPage } from './pages/KpisPage';
import { OrgPage } from './pages/OrgPage';
import { ReviewPage } from './pages/ReviewPage';
import { openAsTeamMember } from './pages/TeamMemberPage';

// The sample workspace as a team's: this person ("Me") leads Engineering and may only read the
// rest of the org's goals (issue 16, "the UI disables editing of documents you may only read").
const PRODUCT_OBJECTIVE = 'Turn first-week users into weekly habits';
const PRODUCT_KR = 'Users active in week two';
const ENGINEERING_OBJECTIVE = 'Give every team a data platform they trust';
const ENGINEERING_KR = 'p95 query time';
const COMPANY_OBJECTIVE = 'Make Northwind the product customers stay with';
const PRODUCT_WHY = "View only — Product's goals are edited by its lead";

// Each test joins a team workspace and runs axe in light and dark: more than the default minute
// on a shared machine.
test.describe.configure({ timeout: 240_000 });

async function joinAsEngineeringLead(page: Page): Promise<AppPage> {
  const app = new AppPage(page);
  await app.open('sample');
  await openAsTeamMember(page, { id: 'team-northwind', name: 'Northwind', leads: 'Engineering' });
  await expect(app.objective(COMPANY_OBJECTIVE)).toBeVisible();
  return app;
}

/** The sidebar's "Show" picker, as ReviewPage.scope picks its own. */
async function showUnit(page: Page, name: string): Promise<void> {
  const select = page.getByRole('combobox', { name: 'Show' });
  await select.focus();
  const value = await select.getByRole('option', { name }).first().getAttribute('value');
  await select.selectOption(value ?? '');
}

test('the objectives list and details offer no edit of a unit the member may only read, and say why', async ({
  page,
}) => {
  const app = await joinAsEngineeringLead(page);

  const product = page.getByRole('region', { name: 'Objectives of Product' });
  await expect(product.getByText('View only', { exact: true })).toHaveAttribute(
    'title',
    PRODUCT_WHY,
  );
  const moveDown = page.getByRole('button', { name: `Move “${COMPANY_OBJECTIVE}” down` });
  await expect(moveDown).toBeDisabled();
  await expect(moveDown).toHaveAttribute(
    'title',
    "View only — Northwind Labs' goals are edited by its lead",
  );
  await expect(
    page.getByRole('region', { name: 'Objectives of Engineering' }).getByText('View only'),
  ).toHaveCount(0);

  await app.objective(PRODUCT_OBJECTIVE).click();
  await expect(app.details.getByRole('note', { name: 'View only' })).toBeVisible();
  await expect(app.details.getByRole('textbox', { name: 'Title' })).toHaveCount(0);
  const edit = app.details.getByRole('button', { name: `Edit key result ${PRODUCT_KR}` });
  await expect(edit).toBeDisabled();
  await expect(edit).toHaveAccessibleDescription(PRODUCT_WHY);
  await expect(
    app.details.getByRole('button', { name: `Delete key result ${PRODUCT_KR}` }),
  ).toBeDisabled();
  await expect(app.details.getByRole('button', { name: 'Add key result' })).toBeDisabled();
  await expectAccessible(page, 'a view-only objective (light)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, 'a view-only objective (dark)');
  await page.emulateMedia({ colorScheme: 'light' });

  await app.objective(ENGINEERING_OBJECTIVE).click();
  await expect(app.details.getByRole('textbox', { name: 'Title' })).toBeEditable();
  await expect(app.details.getByRole('button', { name: 'Add key result' })).toBeEnabled();
  await expect(
    app.details.getByRole('button', { name: `Edit key result ${ENGINEERING_KR}` }),
  ).toBeEnabled();

  // A new objective can only be given to an owner this member may write.
  await app.palette('new objective');
  const dialog = page.getByRole('dialog', { name: /New objective/ });
  const owner = dialog.getByRole('combobox', { name: 'Owner' });
  await expect(owner.getByRole('option', { name: /Engineering/ })).toHaveCount(1);
  await expect(owner.getByRole('option', { name: /Data platform/ })).toHaveCount(1);
  await expect(owner.getByRole('option', { name: /Product/ })).toHaveCount(0);
  await expect(owner.getByRole('option', { name: /Northwind/ })).toHaveCount(0);
});

test('check-ins and review show a view-only unit’s values and history with no input; the member’s own team stays editable', async ({
  page,
}) => {
  const app = await joinAsEngineeringLead(page);
  const checkIns = new CheckInPage(page);
  await app.nav('Check-in');
  const start = page.getByRole('button', { name: /^Start check-in session/ });
  await expect(start).toBeEnabled();

  await page.getByRole('combobox', { name: 'Check in as' }).selectOption({ label: 'Product' });
  await expect(page.getByRole('note', { name: 'View only' }).first()).toHaveText(PRODUCT_WHY);
  await expect(start).toBeDisabled();
  await expect(start).toHaveAttribute('title', PRODUCT_WHY);
  const panel = await checkIns.openHistory(PRODUCT_KR);
  await expect(panel.getByRole('note', { name: 'View only' })).toHaveText(PRODUCT_WHY);
  await expect(panel.getByRole('form', { name: `New check-in on ${PRODUCT_KR}` })).toHaveCount(0);
  await expect(panel.getByRole('heading', { name: 'Check-ins' })).toBeVisible();
  await expectAccessible(page, 'a view-only check-in (light)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, 'a view-only check-in (dark)');
  await page.emulateMedia({ colorScheme: 'light' });

  await page.getByRole('combobox', { name: 'Check in as' }).selectOption({ label: 'Engineering' });
  await expect(start).toBeEnabled();
  const own = await checkIns.openHistory(ENGINEERING_KR);
  await expect(own.getByRole('form', { name: `New check-in on ${ENGINEERING_KR}` })).toBeVisible();

  await app.nav('Review');
  const review = new ReviewPage(page);
  await expect(review.objective(PRODUCT_OBJECTIVE).getByRole('note')).toHaveText(PRODUCT_WHY);
  await expect(review.scoreForm(PRODUCT_KR)).toHaveCount(0);
  await expect(review.scoreForm(ENGINEERING_KR)).toBeVisible();
  await expectAccessible(page, 'view-only review (light)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, 'view-only review (dark)');
});

test('KPIs, the org tree, cycles and the palette offer no edit the member may not make', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open('sample');
  const kpis = new KpisPage(page);
  await showUnit(page, 'Product');
  await kpis.open();
  await kpis.add({
    name: 'Weekly actives',
    unit: 'users',
    direction: 'Higher is better',
    warningAt: '900',
    criticalAt: '700',
  });
  await openAsTeamMember(page, { id: 'team-northwind', name: 'Northwind', leads: 'Engineering' });

  await showUnit(page, 'Product');
  await kpis.open();
  const card = kpis.card('Weekly actives');
  for (const name of ['Check in Weekly actives', 'Edit Weekly actives', 'Delete Weekly actives']) {
    const button = card.getByRole('button', { name });
    await expect(button).toBeDisabled();
    await expect(button).toHaveAccessibleDescription(
      "View only — Product's KPIs are edited by its lead",
    );
  }
  await expect(page.getByRole('button', { name: 'Add KPI', exact: true })).toBeDisabled();
  await expectAccessible(page, 'view-only KPIs (light)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, 'view-only KPIs (dark)');
  await page.emulateMedia({ colorScheme: 'light' });
  await showUnit(page, 'Engineering');
  await expect(page.getByRole('button', { name: 'Add KPI', exact: true })).toBeEnabled();

  // The org tree and the cycles are the admins', leads included: a lead's controls stay in
  // place, disabled, and say why.
  await app.nav('Organisation');
  const orgWhy = "View only — the org tree and cycles are edited by the team's admins";
  await expect(page.getByRole('button', { name: 'Rename Engineering' })).toBeDisabled();
  const org = new OrgPage(page);
  await expect(org.unit('Engineering', 'Department')).toContainText('Led by Me');
  for (const button of [
    org.addLeadButton('Engineering'),
    org.removeLeadButton('Engineering', 'Me'),
    org.addLeadButton('Product'),
  ]) {
    await expect(button).toBeDisabled();
    await expect(button).toHaveAccessibleDescription(orgWhy);
  }
  await expectAccessible(page, 'view-only org tree (light)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, 'view-only org tree (dark)');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.getByRole('button', { name: 'New cycle' })).toBeDisabled();
  await page.keyboard.press('Control+K');
  await page.getByRole('combobox', { name: 'Type a command' }).fill('new cycle');
  const option = page.getByRole('option', { name: /^New cycle/ });
  await expect(option).toHaveAttribute('aria-disabled', 'true');
  await expect(option).toHaveAttribute(
    'title',
    /the org tree and cycles are edited by the team's admins/,
  );
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'New cycle' })).toHaveCount(0);
});
