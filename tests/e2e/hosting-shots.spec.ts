import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { HostingPage } from './pages/HostingPage';
import { WorkspacesPage } from './pages/WorkspacesPage';

// Pictures of hosting a team, as the desktop app shows it (the host is stood in for: Electron
// cannot launch here), for people to look at. CAIRN_SHOTS=1 npx playwright test hosting-shots.
test.skip(!process.env.CAIRN_SHOTS, 'screenshots only when CAIRN_SHOTS=1');

const OUT = process.env.CAIRN_SHOTS_DIR ?? '/tmp/shots-hosting';

for (const scheme of ['light', 'dark'] as const)
  for (const [w, h] of [
    [1440, 900],
    [1024, 700],
  ] as const)
    test(`hosting a team in ${scheme} at ${w}`, async ({ page }) => {
      await page.setViewportSize({ width: w, height: h });
      await page.emulateMedia({ colorScheme: scheme });
      await HostingPage.stubDesktopHost(page, {
        state: 'running',
        port: 1234,
        addresses: ['ws://192.168.1.20:1234'],
        localUrl: 'ws://127.0.0.1:1234',
        members: 2,
        leftOn: true,
        problem: null,
      });
      const app = new AppPage(page);
      await app.open('sample');
      const shot = (name: string) => page.screenshot({ path: `${OUT}/${name}-${scheme}-${w}.png` });
      const hosting = new HostingPage(page);
      await hosting.open();
      await hosting.section.getByRole('button', { name: 'Make an invite' }).click();
      await expect(hosting.section.getByRole('textbox', { name: /^Invite for / })).toBeVisible();
      await hosting.section.scrollIntoViewIfNeeded();
      await shot('hosting-running');
      const share = await new WorkspacesPage(page).fromPalette('Share this workspace');
      await share.getByRole('radio', { name: 'Host on this computer' }).check();
      await expect(share.getByRole('combobox', { name: 'You are' })).toBeVisible();
      await shot('share-host-here');
    });
