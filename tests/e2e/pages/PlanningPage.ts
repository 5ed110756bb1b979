import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './AppPage';

/** The planning board and the live coach, found by roles and accessible names. */
export class PlanningPage extends AppPage {
  constructor(page: Page) {
    super(page);
  }

  /** The live coach findings under the field being typed in `scope`. */
  coach(scope: Locator): Locator {
    return scope.getByRole('list', { name: 'Coach' });
  }

  async openBoard(): Promise<void> {
    await this.nav('Planning');
    await expect(this.page.getByRole('heading', { name: /^Planning / })).toBeVisible();
  }

  async step(name: string): Promise<Locator> {
    await this.page.getByRole('tab', { name }).click();
    return this.page.getByRole('tabpanel');
  }

  proposal(title: string): Locator {
    return this.page.getByRole('tabpanel').getByRole('listitem', { name: title, exact: true });
  }

  async vote(title: string): Promise<void> {
    await this.page.getByRole('button', { name: `Add a dot to “${title}”` }).click();
  }
}
