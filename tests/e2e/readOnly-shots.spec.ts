import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { CheckInPage } from './pages/CheckInPage';
import { KpisPage } from './pages/KpisPage';
import { openAsTeamMember } from './pages/TeamMemberPage';

// Screenshots of what a team member sees of goals they may only read, light and dark, wide and
// narrow, for people to look at (not assertions). Run with CAIRN_SHOTS=1.
test.skip(!process.env.CAIRN_SHOTS, 'screenshots only when CAIRN_SHOTS=1');

const DIR = process.env.CAIRN_SHOTS_DIR ?? 'test-results/shots';
const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
];

async function showUnit(page: Page, name: string): Promise<void> {
  const select = page.getByRole('combobox', { name: 'Show' });
  await select.focus();
  const value = await select.getByRole('option', { name }).first().getAttribute('value');
  await select.selectOption(value ?? '');
}

for (const scheme of ['light', 'dark'] as const)
  test(`view-only states in ${scheme}`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.emulateMedia({ colorScheme: scheme });
    const shots = async (name: string) => {
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await page.screenshot({ path: `${DIR}/readonly-${name}-${scheme}-${size.width}.png` });
      }
      // Back to wide: the narrow window folds the sidebar (and its "Show" picker) into a rail.
      await page.setViewportSize(SIZES[0]!);
    };
    const app = new AppPage(page);
    await app.open('sample');
    await showUnit(page, 'Product');
    const kpis = new KpisPage(page);
    await kpis.open();
    await kpis.add({
      name: 'Weekly actives',
      unit: 'users',
      direction: 'Higher is better',
      warningAt: '900',
      criticalAt: '700',
    });
    await showUnit(page, 'Everyone');
    await openAsTeamMember(page, { id: 'team-northwind', name: 'Northwind', leads: 'Engineering' });
    await app.nav('Objectives');
    await app.objective('Turn first-week users into weekly habits').click();
    await expect(app.details.getByRole('note', { name: 'View only' })).toBeVisible();
    await shots('objective');

    await app.nav('Check-in');
    await page.getByRole('combobox', { name: 'Check in as' }).selectOption({ label: 'Product' });
    await new CheckInPage(page).openHistory('Users active in week two');
    await shots('checkin');

    await app.nav('Review');
    await shots('review');

    await showUnit(page, 'Product');
    await kpis.open();
    await shots('kpis');

    await app.nav('Organisation');
    await expect(page.getByRole('note', { name: 'View only' })).toBeVisible();
    await shots('org');
  });
