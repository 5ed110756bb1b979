import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The Backups & import view, found by roles and accessible names. */
export class BackupsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Backups & import', exact: true })
      .click();
    await expect(
      this.page.getByRole('heading', { name: 'Backups & import', level: 1 }),
    ).toBeVisible();
  }

  /** The Restore buttons of the automatic backups, newest first. */
  get automaticRestores(): Locator {
    return this.page.getByRole('button', { name: /^Restore the backup of / });
  }

  /** "Back up now…": in the browser build the backup arrives as a download. */
  async backUpNow(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Back up now…' }).click(),
    ]);
    return download;
  }

  async backUpToAutomatic(): Promise<void> {
    const before = await this.automaticRestores.count();
    await this.page.getByRole('button', { name: 'Back up now to automatic backups' }).click();
    await expect(this.automaticRestores).toHaveCount(before + 1);
  }

  /** Restores through the browser's file picker with the given file. */
  async restoreFromFile(name: string, content: string | Buffer): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Restore from file…' }).click();
    await (
      await chooser
    ).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
  }

  /** "Import from file…" with the given Markdown file, through the browser's file picker. */
  async importFile(name: string, content: string): Promise<Locator> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Import from file…' }).click();
    await (
      await chooser
    ).setFiles({ name, mimeType: 'text/markdown', buffer: Buffer.from(content) });
    const dialog = this.page.getByRole('dialog', { name: `Import from ${name}` });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  get confirmDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Replace the workspace?' });
  }

  async pasteImport(text: string): Promise<Locator> {
    await this.page.getByLabel('Or paste the text').fill(text);
    await this.page.getByRole('button', { name: 'Preview import' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Import from pasted text' });
    await expect(dialog).toBeVisible();
    return dialog;
  }
}
