import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { BackupsPage } from './BackupsPage';

/** The coach where the work happens: findings badges on cards, and importing real OKR files. */
export class CoachPage {
  constructor(readonly page: Page) {}

  /** Imports a Markdown file through Backups › "Import from file…"; returns the preview dialog. */
  async importFile(path: string): Promise<Locator> {
    await new BackupsPage(this.page).open();
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Import from file…' }).click();
    const name = basename(path);
    await (await chooser).setFiles({ name, mimeType: 'text/markdown', buffer: readFileSync(path) });
    const dialog = this.page.getByRole('dialog', { name: `Import from ${name}` });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** The objective card (list item) with this title. */
  card(title: string): Locator {
    return this.page.getByRole('listitem', { name: title, exact: true });
  }

  /** The card's findings badge, by its accessible name ("2 coach findings"). */
  badge(card: Locator): Locator {
    return card.getByRole('button', { name: /^\d+ coach findings?$/ });
  }

  /** Opens the card's findings and returns their list. */
  async openFindings(card: Locator): Promise<Locator> {
    const badge = this.badge(card);
    await badge.click();
    const name = (await badge.getAttribute('aria-label')) ?? '';
    return card.getByRole('list', { name });
  }
}
