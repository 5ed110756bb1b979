import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { WorkspacesPage } from './pages/WorkspacesPage';
import { openSeededTeam, SEEDED_KEY_RESULT, SEEDED_OBJECTIVE } from './pages/TeamSeed';

// The seeded edits are at fixed UTC instants: read them in UTC.
test.use({ timezoneId: 'UTC' });

test("an objective's History says who changed what in a team workspace, and is not there in a personal one", async ({
  page,
}) => {
  const app = new AppPage(page);
  await openSeededTeam(page);
  await app.objective(SEEDED_OBJECTIVE).click();
  const history = app.details.getByRole('group', { name: 'History' });
  const list = history.getByRole('list', { name: 'Who changed what' });
  // Folded away until asked for, and opened from the keyboard.
  await expect(list).toBeHidden();
  await history.getByText('History', { exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(list.getByRole('listitem')).toHaveText([
    `You changed the target of the key result “${SEEDED_KEY_RESULT}” · 4 Dec 2026, 14:30`,
    `Ben added the key result “${SEEDED_KEY_RESULT}” · 3 Dec 2026, 10:05`,
    'Ben changed the title · 3 Dec 2026, 10:02',
    'You created the objective · 1 Dec 2026, 9:00',
  ]);

  // The personal workspace has one person: no history to tell.
  await new WorkspacesPage(page).switchTo('Personal · never synced');
  await expect(page.getByRole('heading', { name: 'Objectives' })).toBeVisible();
  await app.newObjective('Mine alone');
  await expect(app.details.getByRole('group', { name: 'History' })).toHaveCount(0);
});
