import type { Browser, BrowserContext, Page, TestInfo } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { ReviewPage } from './pages/ReviewPage';
import { SYNC_TIMEOUT, TeamSyncPage } from './pages/TeamSyncPage';
import { expect, test } from './fixtures/teamServer';

/**
 * Two people on two profiles share one team through a team server started for this file:
 * Ana (an admin, who shares her workspace and so leads the top of the tree) and Ben (a
 * member of the Data platform team). The tests run in order on the same two profiles.
 */
test.describe.configure({ mode: 'serial', timeout: 240_000 });

const TEAM = 'Northwind Labs';
const BEN = 'Ben Okafor';
const PLANNED = 'Move every pipeline to the new scheduler';
const KR = 'Pipelines on the new scheduler';
/** A sample objective of the Growth team, which Ben does not lead. */
const TEAM_OBJECTIVE = 'Make the first session delightful';

interface Person {
  context: BrowserContext;
  page: Page;
  app: AppPage;
  sync: TeamSyncPage;
}

async function profile(browser: Browser, testInfo: TestInfo): Promise<Person> {
  const use = testInfo.project.use;
  // A profile of its own: each context has its own IndexedDB and localStorage.
  const context = await browser.newContext({
    baseURL: use.baseURL,
    locale: use.locale,
    viewport: use.viewport,
  });
  const page = await context.newPage();
  return { context, page, app: new AppPage(page), sync: new TeamSyncPage(page) };
}

let ana: Person;
let ben: Person;
let ids: Record<string, string>;

test.beforeAll(async ({ browser }, testInfo) => {
  ana = await profile(browser, testInfo);
  ben = await profile(browser, testInfo);
});

test.afterAll(async () => {
  await ana?.context.close();
  await ben?.context.close();
});

test('Ana shares her workspace, Ben joins, and they plan, check in and review the same cycle', async ({
  teamServer,
}) => {
  // Ana's workspace: the sample, with Ben added to the Data platform team.
  await ana.app.open('sample');
  await ana.app.nav('Organisation');
  await ana.page.getByRole('button', { name: 'Add a unit under Data platform' }).click();
  await ana.page.getByLabel('Kind of the new unit').selectOption('Person');
  await ana.page.getByLabel('Name of the new unit').fill(BEN);
  await ana.page.getByLabel('Name of the new unit').press('Enter');
  await expect(ana.page.getByRole('textbox', { name: `Rename ${BEN}` })).toHaveCount(0);
  await expect(ana.page.getByText(BEN, { exact: true })).toBeVisible();
  ids = await ana.sync.personIds(['Ana Sousa', BEN]);

  const anaCode = await teamServer.invite(ids['Ana Sousa']!, { admin: true });
  const benCode = await teamServer.invite(ids[BEN]!);

  await ana.sync.share(teamServer.url, anaCode);
  await ana.sync.expectStatus('Synced');

  await ben.app.open('empty');
  await ben.sync.join(TEAM, teamServer.url, benCode);
  await expect(ben.app.objective(TEAM_OBJECTIVE)).toBeVisible({ timeout: SYNC_TIMEOUT });
  await ana.sync.expectStatus('Synced · 1 online');
  await ben.sync.expectStatus('Synced · 1 online');

  // Ana plans an objective for Ben, in his team.
  await ana.app.nav('Objectives');
  await ana.app.palette('new objective');
  const dialog = ana.page.getByRole('dialog', { name: /New objective/ });
  await dialog.getByLabel('Objective', { exact: true }).fill(PLANNED);
  const owner = dialog.getByLabel('Owner');
  await owner.selectOption(
    (await owner.getByRole('option', { name: `${BEN} (person)` }).getAttribute('value')) ?? '',
  );
  await dialog.getByRole('button', { name: 'Create objective' }).click();
  await ana.app.addKeyResult({
    title: KR,
    kind: 'Increase to',
    start: '0',
    target: '10',
    unit: 'pipelines',
  });

  await expect(ben.app.objective(PLANNED)).toBeVisible({ timeout: SYNC_TIMEOUT });
  await ben.app.objective(PLANNED).click();
  const benKr = ben.app.keyResult(KR);
  await expect(benKr).toContainText('0 → 10 pipelines');
  await benKr.getByLabel(`New value for ${KR}`).fill('4');
  await benKr.getByRole('button', { name: 'Update' }).click();
  await expect(benKr).toContainText('now 4 pipelines');

  await ana.app.objective(PLANNED).click();
  await expect(ana.app.keyResult(KR)).toContainText('now 4 pipelines', { timeout: SYNC_TIMEOUT });

  // Ana reviews Ben's objective; Ben sees her score.
  await ana.app.nav('Review');
  const anaReview = new ReviewPage(ana.page);
  await anaReview.scope(BEN);
  await anaReview.setScore(KR, '0.5', 'Two more pipelines are one config change away');
  await expect(anaReview.keyResultRow(KR)).toContainText('score set');

  await ben.app.nav('Review');
  const benReview = new ReviewPage(ben.page);
  await benReview.scope(BEN);
  await expect(benReview.keyResultRow(KR)).toContainText('score set', { timeout: SYNC_TIMEOUT });
});
