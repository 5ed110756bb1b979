import { expect, test } from '@playwright/test';
import { AppPage } from './pages/AppPage';
import { HostingPage } from './pages/HostingPage';
import { WorkspacesPage } from './pages/WorkspacesPage';

test('in a browser, hosting a team says it needs the desktop app and how to host instead', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open('sample');
  const hosting = new HostingPage(page);
  await hosting.open();
  await expect(hosting.status).toHaveText(
    'Hosting needs the desktop app — run `npm run server` to host a team from a terminal instead.',
  );
  await expect(hosting.section.getByRole('button', { name: 'Start hosting' })).toHaveCount(0);

  const share = await new WorkspacesPage(page).fromPalette('Share this workspace');
  const here = share.getByRole('radio', { name: 'Host on this computer' });
  await expect(here).toBeDisabled();
  await expect(here).toHaveAccessibleDescription(/Hosting needs the desktop app/);
  await expect(share.getByRole('radio', { name: /A team server/ })).toBeChecked();
});
