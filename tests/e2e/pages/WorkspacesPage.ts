import { expect, type Locator, type Page } from '@playwright/test';

export type WorkspaceAction =
  'Join a team…' | 'Share this workspace…' | 'Rename workspace…' | 'Remove from this computer…';

export interface TeamFormInput {
  name?: string;
  address?: string;
  code?: string;
}

/** The workspace switcher at the top of the sidebar, and its dialogs. */
export class WorkspacesPage {
  constructor(readonly page: Page) {}

  /** The switcher's button, named after the open workspace ("Workspace: Personal"). */
  get switcher(): Locator {
    return this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: /^Workspace: / });
  }

  get list(): Locator {
    return this.page.getByRole('list', { name: 'Workspaces' });
  }

  async expand(): Promise<void> {
    if ((await this.switcher.getAttribute('aria-expanded')) !== 'true') await this.switcher.click();
    await expect(this.list).toBeVisible();
  }

  /** Picks a workspace by its label ("Acme · team"); the window reloads into it. */
  async switchTo(label: string): Promise<void> {
    await this.expand();
    await this.list.getByRole('button', { name: label }).click();
  }

  async action(action: WorkspaceAction): Promise<Locator> {
    await this.expand();
    await this.page.getByRole('button', { name: action }).click();
    const dialog = this.page.getByRole('dialog', {
      name: action === 'Remove from this computer…' ? /^Remove workspace/ : action.replace('…', ''),
    });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** The same dialogs from the command palette (the sidebar may be a rail). */
  async fromPalette(command: 'Join a team' | 'Share this workspace'): Promise<Locator> {
    await this.page.keyboard.press('Control+K');
    const input = this.page.getByRole('combobox', { name: 'Type a command' });
    await input.fill(command);
    await input.press('Enter');
    const dialog = this.page.getByRole('dialog', { name: command });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async fill(dialog: Locator, input: TeamFormInput): Promise<void> {
    if (input.name !== undefined)
      await dialog.getByRole('textbox', { name: 'Workspace name', exact: true }).fill(input.name);
    if (input.address !== undefined)
      await dialog
        .getByRole('textbox', { name: 'Server address', exact: true })
        .fill(input.address);
    if (input.code !== undefined)
      await dialog.getByRole('textbox', { name: 'Invite code', exact: true }).fill(input.code);
  }

  /**
   * A team workspace this browser joined earlier, put on the list as the app keeps it.
   * Joining for real needs a team server that answers invites, which the browser build here
   * does not have; the switcher and the empty workspace are what is tested with it.
   */
  async addJoinedTeam(id: string, name: string, serverUrl: string): Promise<void> {
    await this.page.evaluate(
      ([id, name, serverUrl]) => {
        const list = JSON.parse(localStorage.getItem('cairn.workspaces') ?? 'null') ?? {
          workspaces: [{ id: 'personal', name: 'Personal', kind: 'personal', dbName: 'cairn' }],
          activeId: 'personal',
        };
        list.workspaces.push({ id, name, kind: 'team', dbName: `cairn-team-${id}`, serverUrl });
        localStorage.setItem('cairn.workspaces', JSON.stringify(list));
      },
      [id, name, serverUrl] as const,
    );
    await this.page.reload();
  }
}
