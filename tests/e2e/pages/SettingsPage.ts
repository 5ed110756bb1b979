import { expect, type Locator, type Page } from '@playwright/test';

/** The Settings view, found by roles and accessible names. */
export class SettingsPage {
  constructor(readonly page: Page) {}

  get view(): Locator {
    return this.page.getByRole('region', { name: 'Settings' });
  }

  field(label: string): Locator {
    return this.view.getByLabel(label, { exact: true });
  }

  /** Fills the named fields (text boxes are filled, selects get the option by its label). */
  async fill(values: Record<string, string>): Promise<void> {
    for (const [label, value] of Object.entries(values)) {
      const f = this.field(label);
      if ((await f.evaluate((el) => el.tagName)) === 'SELECT')
        await f.selectOption({ label: value });
      else await f.fill(value);
    }
  }

  async save(values: Record<string, string> = {}): Promise<void> {
    await this.fill(values);
    await this.view.getByRole('button', { name: 'Save settings' }).click();
  }

  async saveAndConfirm(values: Record<string, string>): Promise<void> {
    await this.save(values);
    await expect(this.page.getByRole('status').getByText('Settings saved').last()).toBeVisible();
  }
}
