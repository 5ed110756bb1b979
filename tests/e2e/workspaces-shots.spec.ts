import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { WorkspacesPage } from './pages/WorkspacesPage';

// Pictures of the workspace switcher and its dialogs for people to look at (not assertions).
// Run with CAIRN_SHOTS=1 npx playwright test tests/e2e/workspaces-shots.spec.ts.
test.skip(!process.env.CAIRN_SHOTS, 'screenshots only when CAIRN_SHOTS=1');

const OUT = process.env.CAIRN_SHOTS_DIR ?? '/tmp/shots-workspaces';

for (const scheme of ['light', 'dark'] as const)
  for (const [w, h] of [
    [1440, 900],
    [1024, 700],
  ] as const)
    test(`the workspace switcher and dialogs in ${scheme} at ${w}`, async ({ page }) => {
      await page.setViewportSize({ width: w, height: h });
      await page.emulateMedia({ colorScheme: scheme });
      const app = new AppPage(page);
      await app.open('sample');
      const ws = new WorkspacesPage(page);
      await ws.addJoinedTeam('team-acme', 'Acme', 'wss://team.acme.example');
      const shot = (name: string) => page.screenshot({ path: `${OUT}/${name}-${scheme}-${w}.png` });
      // A narrow window starts with the sidebar as a rail: open it as a person would.
      if (w < 1200) await page.getByRole('button', { name: 'Expand sidebar' }).click();
      await ws.expand();
      await shot('switcher');
      await page.keyboard.press('Escape');
      const join = await ws.fromPalette('Join a team');
      await ws.fill(join, { name: 'Acme', address: 'ws://192.168.1.20:1234', code: 'abc' });
      await join.getByRole('button', { name: 'Join team' }).click();
      await expect(join.getByRole('checkbox')).toBeVisible();
      await shot('join-errors');
      await page.keyboard.press('Escape');
      await ws.fromPalette('Share this workspace');
      await shot('share');
      await page.keyboard.press('Escape');
      await ws.switchTo('Acme · team');
      await expect(page.getByRole('heading', { name: 'Waiting for Acme' })).toBeVisible();
      await shot('team-waiting');
    });
