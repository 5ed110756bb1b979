import { expect, type Locator, type Page } from '@playwright/test';

/** Linking a key result to a file from its history pane, by roles and accessible names only. */
export class FeedPage {
  constructor(
    readonly page: Page,
    readonly panel: Locator,
  ) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: /^Feed “.*” from a file$/ });
  }

  get feed(): Locator {
    return this.panel.getByRole('region', { name: /^File feed of / });
  }

  /** Chooses `path` in the file picker the button opens (the `<input type=file>` fallback). */
  async choose(button: Locator, path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await button.click();
    await (await chooser).setFiles(path);
  }

  async link(path: string, column: string, reading = 'last row'): Promise<void> {
    await this.linkFrom(
      this.panel.getByRole('button', { name: 'Feed from a file…' }),
      path,
      column,
      reading,
    );
  }

  /** Opens the link dialog with `opener` (a key result's or a KPI's), chooses and reads. */
  async linkFrom(
    opener: Locator,
    path: string,
    column: string,
    reading = 'last row',
  ): Promise<void> {
    await opener.click();
    await expect(this.dialog).toBeVisible();
    await this.choose(this.dialog.getByRole('button', { name: 'Choose a file…' }), path);
    await this.dialog.getByLabel('Column').selectOption(column);
    await this.dialog.getByLabel('Reading').selectOption({ label: reading });
  }

  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Save link' }).click();
    await expect(this.dialog).toBeHidden();
  }

  checkIns(title: string): Locator {
    return this.panel.getByRole('list', { name: `Check-ins of ${title}` }).getByRole('listitem');
  }
}
