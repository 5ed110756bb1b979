import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { openSeededTeam, SEEDED_OBJECTIVE } from './pages/TeamSeed';

// Pictures of an objective's History for people to look at (not assertions).
// Run with CAIRN_SHOTS=1 npx playwright test tests/e2e/objectiveHistory-shots.spec.ts.
test.skip(!process.env.CAIRN_SHOTS, 'screenshots only when CAIRN_SHOTS=1');
test.use({ timezoneId: 'UTC' });

const OUT = process.env.CAIRN_SHOTS_DIR ?? '/tmp/shots-syncdata';

for (const scheme of ['light', 'dark'] as const)
  for (const [w, h] of [
    [1440, 900],
    [1024, 700],
  ] as const)
    test(`an objective's History in ${scheme} at ${w}`, async ({ page }) => {
      await page.setViewportSize({ width: w, height: h });
      await page.emulateMedia({ colorScheme: scheme });
      const app = new AppPage(page);
      await openSeededTeam(page);
      await app.objective(SEEDED_OBJECTIVE).click();
      const history = app.details.getByRole('group', { name: 'History' });
      await history.getByText('History', { exact: true }).click();
      await expect(history.getByRole('listitem')).toHaveCount(4);
      await history.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${OUT}/history-${scheme}-${w}.png` });
    });
