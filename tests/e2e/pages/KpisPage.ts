import { expect, type Locator, type Page } from '@playwright/test';

export interface KpiEntry {
  name: string;
  unit: string;
  direction: 'Higher is better' | 'Lower is better';
  warningAt: string;
  criticalAt: string;
}

/** The two KPIs most board specs start from: one where higher is better, one lower. */
export const UPTIME: KpiEntry = {
  name: 'Uptime',
  unit: '%',
  direction: 'Higher is better',
  warningAt: '99.5',
  criticalAt: '99',
};
export const LEAD_TIME: KpiEntry = {
  name: 'Lead time',
  unit: 'days',
  direction: 'Lower is better',
  warningAt: '5',
  criticalAt: '10',
};

/** The KPI board and its dialogs, found by roles and accessible names only. */
export class KpisPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'KPIs', exact: true })
      .click();
    await expect(this.page.getByRole('heading', { level: 1, name: /^KPIs/ })).toBeVisible();
  }

  card(name: string): Locator {
    return this.page.getByRole('listitem', { name: `KPI ${name}` });
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  /** Fills "Add a KPI" and submits; waits for it to close unless the KPI is to be refused. */
  async add(kpi: KpiEntry, { refused = false } = {}): Promise<void> {
    await this.page.getByRole('button', { name: 'Add KPI', exact: true }).click();
    const d = this.dialog('Add a KPI');
    await d.getByLabel('Name').fill(kpi.name);
    await d.getByLabel('Unit', { exact: true }).fill(kpi.unit);
    await d.getByLabel('Direction').selectOption({ label: kpi.direction });
    await d.getByLabel('Warning threshold').fill(kpi.warningAt);
    await d.getByLabel('Critical threshold').fill(kpi.criticalAt);
    await d.getByRole('button', { name: 'Add KPI' }).click();
    if (!refused) await expect(d).toBeHidden();
  }

  /** Opens the check-in dialog, types the value and submits; the dialog stays open on an error. */
  async checkIn(name: string, value: string, at?: string): Promise<Locator> {
    const d = this.dialog(`Check in ${name}`);
    if (!(await d.isVisible()))
      await this.card(name)
        .getByRole('button', { name: `Check in ${name}` })
        .click();
    await d.getByLabel(/^Value/).fill(value);
    if (at) await d.getByLabel('Date').fill(at);
    await d.getByRole('button', { name: 'Check in', exact: true }).click();
    return d;
  }
}
