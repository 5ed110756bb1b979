import { expect, type Locator, type Page } from '@playwright/test';

/** The check-in reminder as a person meets it: the banner, the tab title, Settings' notice. */
export class RemindersPage {
  constructor(readonly page: Page) {}

  get banner(): Locator {
    return this.page.getByRole('region', { name: 'Check-in reminder' });
  }

  start(): Promise<void> {
    return this.banner.getByRole('button', { name: 'Start check-in', exact: true }).click();
  }

  dismiss(): Promise<void> {
    return this.banner.getByRole('button', { name: 'Dismiss the check-in reminder' }).click();
  }

  async expectTitle(title: string): Promise<void> {
    await expect(this.page).toHaveTitle(title);
  }

  /** Moves the page's installed clock on to a wall-clock time, firing the timers due by then. */
  async advanceTo(when: Date): Promise<void> {
    const now = await this.page.evaluate(() => Date.now());
    await this.page.clock.fastForward(when.getTime() - now);
  }
}
