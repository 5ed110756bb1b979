import { expect, test } from '@playwright/test';
import { AppPage, SAMPLE_COMPANY_OBJECTIVE } from './pages/AppPage';
import { TeamSyncPage } from './pages/TeamSyncPage';
import { WorkspacesPage } from './pages/WorkspacesPage';

const CODE = '7G2KQ-M4XRA-8P3WD-0ZT5N-CF6YB';

test('the sidebar names the open workspace; a rename stays, and the personal one cannot be removed', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open('empty');
  const ws = new WorkspacesPage(page);
  await expect(ws.switcher).toHaveAccessibleName('Workspace: Personal');
  await ws.expand();
  await expect(ws.list.getByRole('button', { name: 'Personal · never synced' })).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expect(page.getByRole('button', { name: 'Remove from this computer…' })).toHaveCount(0);

  const rename = await ws.action('Rename workspace…');
  await ws.fill(rename, { name: '  ' });
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(rename.getByRole('alert')).toHaveText('Give the workspace a name.');
  await ws.fill(rename, { name: 'Home' });
  await rename.getByRole('textbox', { name: 'Workspace name', exact: true }).press('Enter');
  await expect(rename).toBeHidden();
  await expect(ws.switcher).toHaveAccessibleName('Workspace: Home');
  await page.reload();
  await expect(ws.switcher).toHaveAccessibleName('Workspace: Home');

  // Escape folds the list away and gives the focus back to the switcher.
  await ws.expand();
  await page.getByRole('button', { name: 'Join a team…' }).press('Escape');
  await expect(ws.list).toBeHidden();
  await expect(ws.switcher).toBeFocused();
});

test("each workspace has its own data: a team workspace waits for its team's, and yours is there when you come back", async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open('sample');
  const ws = new WorkspacesPage(page);
  await ws.addJoinedTeam('team-acme', 'Acme', 'wss://team.acme.example');

  await ws.switchTo('Acme · team');
  await expect(page.getByRole('heading', { name: 'Waiting for Acme' })).toBeVisible();
  await expect(page.getByText('wss://team.acme.example')).toBeVisible();
  // Nothing made up in a team workspace: no welcome, no sample offered, no objective of yours.
  await expect(page.getByRole('dialog', { name: 'Welcome to Cairn' })).toHaveCount(0);
  await expect(app.objective(SAMPLE_COMPANY_OBJECTIVE)).toHaveCount(0);

  await page.getByRole('button', { name: 'Open Personal' }).click();
  await expect(app.objective(SAMPLE_COMPANY_OBJECTIVE)).toBeVisible();
  await expect(ws.switcher).toHaveAccessibleName('Workspace: Personal');

  // Removing the team workspace asks first, then leaves the personal one open.
  await ws.switchTo('Acme · team');
  await page.getByRole('button', { name: 'Remove from this computer…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove workspace from this computer' });
  await expect(confirm).toContainText("The team's data stays on its server");
  await confirm.getByRole('button', { name: 'Remove from this computer' }).click();
  await expect(app.objective(SAMPLE_COMPANY_OBJECTIVE)).toBeVisible();
  await ws.expand();
  await expect(ws.list.getByRole('button')).toHaveText(['Personal · never synced']);
});

test('Join a team says what is wrong with the name, the address and the code before asking any server', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open('empty');
  const sockets: string[] = [];
  page.on('websocket', (s) => sockets.push(s.url()));
  await app.palette('Join a team');
  const join = page.getByRole('dialog', { name: 'Join a team' });
  const ws = new WorkspacesPage(page);
  const submit = join.getByRole('button', { name: 'Join team' });

  await submit.click();
  await expect(
    join.getByRole('textbox', { name: 'Workspace name', exact: true }),
  ).toHaveAccessibleDescription('Give the workspace a name.');
  await expect(
    join.getByRole('textbox', { name: 'Server address', exact: true }),
  ).toHaveAccessibleDescription(/Enter the team server's address/);
  await expect(
    join.getByRole('textbox', { name: 'Invite code', exact: true }),
  ).toHaveAccessibleDescription('Enter the invite code the team sent you.');

  await ws.fill(join, { name: 'Personal', address: 'team.acme.example', code: '12345' });
  await submit.click();
  await expect(
    join.getByRole('textbox', { name: 'Workspace name', exact: true }),
  ).toHaveAccessibleDescription('There is already a workspace named "Personal".');
  await expect(
    join.getByRole('textbox', { name: 'Server address', exact: true }),
  ).toHaveAccessibleDescription(/must start with wss:\/\//);
  await expect(
    join.getByRole('textbox', { name: 'Invite code', exact: true }),
  ).toHaveAccessibleDescription(/That is not an invite code/);

  // Plain ws:// to another computer needs the person to accept the risk, named in the box.
  await ws.fill(join, { name: 'Acme', address: 'ws://192.168.1.20:1234', code: CODE });
  const tick = join.getByRole('checkbox', { name: /Connect without encryption/ });
  await expect(tick).toHaveAccessibleName(/anyone on the network can read the invite code/);
  await submit.click();
  await expect(
    join.getByRole('textbox', { name: 'Server address', exact: true }),
  ).toHaveAccessibleDescription(/ws:\/\/ to 192\.168\.1\.20 is not encrypted/);
  await expect(join.getByRole('textbox', { name: 'Invite code', exact: true })).not.toHaveAttribute(
    'aria-invalid',
    'true',
  );
  // To this computer, plain ws:// is fine.
  await ws.fill(join, { address: 'ws://127.0.0.1:1234' });
  await expect(tick).toHaveCount(0);

  await page.keyboard.press('Escape');
  await expect(join).toBeHidden();
  expect(sockets).toEqual([]);
  await ws.expand();
  await expect(ws.list.getByRole('button')).toHaveText(['Personal · never synced']);
});

test('Share this workspace is offered for the personal workspace, named after the company', async ({
  page,
}) => {
  await new AppPage(page).open('sample');
  const ws = new WorkspacesPage(page);
  const share = await ws.action('Share this workspace…');
  await expect(share.getByRole('textbox', { name: 'Workspace name', exact: true })).toHaveValue(
    'Northwind Labs',
  );
  await expect(share).toContainText('this one stays as it is');
  await ws.fill(share, { address: 'wss://team.example.org', code: 'not a code' });
  await share.getByRole('button', { name: 'Share workspace' }).click();
  await expect(
    share.getByRole('textbox', { name: 'Invite code', exact: true }),
  ).toHaveAccessibleDescription(/That is not an invite code/);
});

test('Share this workspace gives the command that invites the person you are as admin, with their id', async ({
  page,
}) => {
  await new AppPage(page).open('sample');
  const ids = await new TeamSyncPage(page).personIds(['Mei Chen']);
  const share = await new WorkspacesPage(page).action('Share this workspace…');
  await share.getByRole('combobox', { name: 'You are' }).selectOption({ label: 'Mei Chen' });
  await expect(share.getByRole('textbox', { name: /invite yourself as its admin/ })).toHaveValue(
    `npm run server -- invite --data ./team.sqlite --person ${ids['Mei Chen']} --admin`,
  );
});
