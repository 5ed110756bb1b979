import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage, SAMPLE_COMPANY_OBJECTIVE } from './AppPage';
import { BackupsPage } from './BackupsPage';
import { ReviewPage } from './ReviewPage';
import { UpdatesPage } from './UpdatesPage';
import { WorkspacesPage } from './WorkspacesPage';

/** A dialog a person can open, and the steps that open it from the sample workspace. */
export interface DialogStep {
  /** For screenshots and messages. */
  file: string;
  open: (page: Page) => Promise<Locator>;
}

const shown = async (page: Page, name: string | RegExp): Promise<Locator> => {
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  return dialog;
};

/** The welcome dialog of a first start; leave it with `loadSample`. */
export async function openWelcome(page: Page): Promise<Locator> {
  await page.goto('/');
  return shown(page, 'Welcome to Cairn');
}

export async function loadSample(page: Page, welcome: Locator): Promise<void> {
  await welcome.getByRole('button', { name: 'Load the sample workspace' }).click();
  await expect(new AppPage(page).objective(SAMPLE_COMPANY_OBJECTIVE)).toBeVisible();
}

/**
 * Every dialog of the sample workspace after the welcome, in an order that works from one
 * window: each step leaves its dialog open, and the caller closes it (Escape) before the next.
 */
export const DIALOGS: readonly DialogStep[] = [
  {
    file: 'palette',
    open: async (page) => {
      await page.keyboard.press('Control+K');
      await page.getByRole('combobox', { name: 'Type a command' }).pressSequentially('go');
      return shown(page, 'Command palette');
    },
  },
  {
    file: 'new-objective-error',
    open: async (page) => {
      await page.keyboard.press('Control+Shift+O');
      const dialog = await shown(page, /New objective/);
      await dialog.getByRole('button', { name: 'Create objective' }).click();
      await expect(dialog.getByText('Title cannot be empty')).toBeVisible();
      return dialog;
    },
  },
  {
    file: 'new-objective-templates',
    open: async (page) => {
      await page.keyboard.press('Control+Shift+O');
      const dialog = await shown(page, /New objective/);
      await dialog.getByRole('button', { name: 'Start from a template…' }).click();
      await expect(dialog.getByRole('region', { name: 'Templates' })).toBeVisible();
      return dialog;
    },
  },
  {
    file: 'new-cycle',
    open: async (page) => {
      await new AppPage(page).palette('New cycle');
      return shown(page, 'New cycle');
    },
  },
  {
    file: 'move-cycle',
    open: async (page) => {
      await new AppPage(page).palette('Move cycle to its next state');
      return shown(page, /^Move /);
    },
  },
  {
    file: 'close-cycle',
    open: async (page) => {
      const review = new ReviewPage(page);
      await new AppPage(page).nav('Review');
      await review.scope('Everyone');
      return review.openCloseDialog();
    },
  },
  {
    file: 'import-preview',
    open: async (page) => {
      const backups = new BackupsPage(page);
      await backups.open();
      return backups.importFile(
        'beta.md',
        '# Objectives\n\n## Ship the beta\n- Signups from 0 to 100\n- Crash-free sessions: 90 → 99 %\n',
      );
    },
  },
  {
    file: 'restore-confirm',
    open: async (page) => {
      const backups = new BackupsPage(page);
      await backups.open();
      const download = await backups.backUpNow();
      await backups.restoreFromFile('cairn.cairn.json', await readFile(await download.path()));
      return shown(page, 'Replace the workspace?');
    },
  },
  {
    file: 'updates',
    open: (page) => new UpdatesPage(page).open('Update settings'),
  },
  {
    file: 'join-team-errors',
    open: async (page) => {
      const ws = new WorkspacesPage(page);
      const join = await ws.fromPalette('Join a team');
      await ws.fill(join, { name: 'Acme', address: 'ws://192.168.1.20:1234', code: 'abc' });
      await join.getByRole('button', { name: 'Join team' }).click();
      await expect(join.getByText('That is not an invite code', { exact: false })).toBeVisible();
      return join;
    },
  },
  {
    file: 'share-workspace',
    open: (page) => new WorkspacesPage(page).fromPalette('Share this workspace'),
  },
];
