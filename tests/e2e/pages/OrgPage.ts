import type { Locator, Page } from '@playwright/test';
import { AppPage } from './AppPage';

/** The Organisation view: the org tree, each unit a list item named "<name>, <Kind>". */
export class OrgPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await new AppPage(this.page).nav('Organisation');
  }

  unit(name: string, kind: 'Company' | 'Department' | 'Team' | 'Person'): Locator {
    return this.page.getByRole('listitem', { name: `${name}, ${kind}`, exact: true });
  }

  /** A unit's "Add lead…" button. */
  addLeadButton(unitName: string): Locator {
    return this.page.getByRole('button', { name: `Add lead to ${unitName}` });
  }

  /** The × beside one of a unit's leads. */
  removeLeadButton(unitName: string, person: string): Locator {
    return this.page.getByRole('button', { name: `Remove ${person} as lead of ${unitName}` });
  }

  /** Add lead… on a unit, pick the person, make them lead. */
  async addLead(unitName: string, person: string): Promise<void> {
    await this.addLeadButton(unitName).click();
    await this.page.getByLabel(`New lead of ${unitName}`).selectOption({ label: person });
    await this.page.getByRole('button', { name: 'Make lead' }).click();
  }

  removeLead(unitName: string, person: string): Promise<void> {
    return this.removeLeadButton(unitName, person).click();
  }

  /** Undo in the message that says what changed, e.g. "Ana Sousa leads Engineering". */
  undo(message: string): Promise<void> {
    return this.page
      .getByRole('status')
      .locator('.toast', { hasText: message })
      .getByRole('button', { name: 'Undo' })
      .click();
  }
}
