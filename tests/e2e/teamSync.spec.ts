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
/** The planned objective's title once the merge picked one. */
let winner = PLANNED;
const PLANNED_NOW = () => winner;

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

test('both edit offline; back online they converge, and the same title shows one winner and the loser’s merged change', async () => {
  const anaTitle = 'Move every pipeline to the new scheduler by May';
  const benTitle = 'Move all our pipelines to the new scheduler';
  for (const p of [ana, ben]) {
    await p.app.nav('Objectives');
    await p.sync.showEveryone();
    await p.app.objective(PLANNED).click();
    await p.context.setOffline(true);
  }
  await ana.sync.expectStatus('Offline — all sent');
  await ben.sync.expectStatus('Offline — all sent');

  // Different fields: Ana writes the description, Ben makes it aspirational.
  const description = 'Cron jobs retire at the end of the quarter.';
  await ana.app.details.getByLabel('Description').fill(description);
  await ana.app.details.getByLabel('Description').press('Tab');
  await ben.app.details.getByLabel('Type').selectOption('Aspirational');
  // The same field on both: the title.
  await ana.app.details.getByLabel('Title').fill(anaTitle);
  await ana.app.details.getByLabel('Title').press('Tab');
  await ben.app.details.getByLabel('Title').fill(benTitle);
  await ben.app.details.getByLabel('Title').press('Tab');
  await ana.sync.expectStatus('Offline — 2 changes waiting');
  await ben.sync.expectStatus('Offline — 2 changes waiting');
  await expect(ana.app.objective(anaTitle)).toBeVisible();
  await expect(ben.app.objective(benTitle)).toBeVisible();

  for (const p of [ana, ben]) await p.context.setOffline(false);
  await ana.sync.expectStatus('Synced · 1 online');
  await ben.sync.expectStatus('Synced · 1 online');

  // One title wins on both screens; both other edits stay.
  const title = (p: Person) => p.app.details.getByLabel('Title');
  await expect(title(ana)).toHaveValue(new RegExp(`^(${anaTitle}|${benTitle})$`));
  await expect(async () => {
    expect(await title(ben).inputValue()).toBe(await title(ana).inputValue());
  }).toPass({ timeout: SYNC_TIMEOUT });
  winner = await title(ana).inputValue();
  for (const p of [ana, ben]) {
    await expect(p.app.objective(winner)).toBeVisible();
    await expect(p.app.details.getByLabel('Description')).toHaveValue(description, {
      timeout: SYNC_TIMEOUT,
    });
    await expect(p.app.details.getByLabel('Type')).toHaveValue('aspirational', {
      timeout: SYNC_TIMEOUT,
    });
  }

  // The loser finds their title in Merged changes: field, yours, theirs, who.
  const [loser, loserTitle, winnerName] =
    winner === anaTitle ? [ben, benTitle, 'Ana Sousa'] : [ana, anaTitle, BEN];
  await expect(
    loser.page.getByRole('button', { name: 'Merged changes, 1 waiting', exact: true }),
  ).toBeVisible({ timeout: SYNC_TIMEOUT });
  await loser.sync.openMergedChanges();
  const entry = loser.sync.mergedEntries.filter({ hasText: '· title' });
  await expect(entry).toHaveCount(1, { timeout: SYNC_TIMEOUT });
  await expect(entry).toContainText(`Objective “${winner}” · title`);
  await expect(entry.getByRole('definition')).toHaveText([loserTitle, winner]);
  await expect(entry).toContainText(`Changed by ${winnerName}`);
  await loser.app.nav('Objectives');
});

test('Ben may only view a team he does not lead, and a write forged from his page never reaches Ana', async () => {
  await ben.app.objective(TEAM_OBJECTIVE).click();
  await expect(ben.app.details.getByRole('note', { name: 'View only' })).toContainText(
    'Growth and the leads above them change these goals',
  );
  await expect(ben.app.details.getByLabel('Title')).toHaveCount(0);

  const forged = 'Forged: Growth is cancelled';
  await ben.sync.forgeTitle(TEAM_OBJECTIVE, forged);
  // The server refuses it; Ben's copy is put back as the team has it, and he is told why.
  await expect(
    ben.page.getByRole('alert').filter({ hasText: 'Your change was not saved' }),
  ).toContainText(
    "Your change was not saved: you may only view Growth's objectives. Your copy now matches the team's.",
    { timeout: SYNC_TIMEOUT },
  );
  await expect(ben.app.objective(TEAM_OBJECTIVE)).toBeVisible({ timeout: SYNC_TIMEOUT });
  await expect(ben.app.objective(forged)).toHaveCount(0);

  // A change Ben may make, made after the forged one, reaches Ana; the forged one never did.
  await ben.app.objective(PLANNED_NOW()).click();
  const kr = ben.app.keyResult(KR);
  await kr.getByLabel(`New value for ${KR}`).fill('6');
  await kr.getByRole('button', { name: 'Update' }).click();
  await ana.app.objective(PLANNED_NOW()).click();
  await expect(ana.app.keyResult(KR)).toContainText('now 6 pipelines', { timeout: SYNC_TIMEOUT });
  await expect(ana.app.objective(TEAM_OBJECTIVE)).toBeVisible();
  await expect(ana.app.objective(forged)).toHaveCount(0);
});

test('a revoked member is told at once and keeps what he has', async ({ teamServer }) => {
  await teamServer.revoke(ids[BEN]!);
  await ben.sync.expectStatus(/^Your invite was revoked, so this workspace no longer syncs\./);
  await expect(ben.app.objective(PLANNED_NOW())).toBeVisible();
  await expect(ben.app.objective(TEAM_OBJECTIVE)).toBeVisible();
  // Ana sees him gone.
  await ana.sync.expectStatus('Synced');
});
