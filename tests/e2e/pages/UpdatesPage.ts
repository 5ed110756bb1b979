import type { Locator, Page } from '@playwright/test';
import { AppPage } from './AppPage';

/** The Updates dialog, opened from the palette as a person would. */
export class UpdatesPage {
  constructor(readonly page: Page) {}

  async open(command: 'Update settings' | 'Check for updates'): Promise<Locator> {
    await new AppPage(this.page).palette(command);
    const dialog = this.page.getByRole('dialog', { name: 'Updates' });
    await dialog.waitFor();
    return dialog;
  }
}
