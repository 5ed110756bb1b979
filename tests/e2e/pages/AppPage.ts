import { expect, type Locator, type Page } from '@playwright/test';

/** The objective `planDataPlatform` plans. */
export const DATA_PLATFORM = 'Become the go-to person for our data platform';

/** The sample workspace's first company objective. */
export const SAMPLE_COMPANY_OBJECTIVE = 'Make Northwind the product customers stay with';

/** The Cairn window as a person sees it: found by roles and accessible names only. */
export class AppPage {
  constructor(readonly page: Page) {}

  /** Opens a fresh workspace: "Start empty" or "Load the sample workspace" on the welcome dialog. */
  async open(start: 'empty' | 'sample' = 'empty'): Promise<void> {
    await this.page.goto('/');
    const welcome = this.page.getByRole('dialog', { name: 'Welcome to Cairn' });
    await welcome.waitFor();
    await welcome
      .getByRole('button', {
        name: start === 'empty' ? 'Start empty' : 'Load the sample workspace',
      })
      .click();
    await expect(welcome).toBeHidden();
    // A person waits until the sample is on screen before looking at it.
    if (start === 'sample') await expect(this.objective(SAMPLE_COMPANY_OBJECTIVE)).toBeVisible();
  }

  nav(view: string): Promise<void> {
    return this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: view, exact: true })
      .click();
  }

  async palette(command: string): Promise<void> {
    await this.page.keyboard.press('Control+K');
    const input = this.page.getByRole('combobox', { name: 'Type a command' });
    await input.fill(command);
    await input.press('Enter');
  }

  objective(title: string): Locator {
    return this.page.getByRole('button', { name: title, exact: true });
  }

  get details(): Locator {
    return this.page.getByRole('complementary', { name: 'Details' });
  }

  async newObjective(title: string): Promise<void> {
    await this.palette('new objective');
    const dialog = this.page.getByRole('dialog', { name: /New objective/ });
    await dialog.getByLabel('Objective', { exact: true }).fill(title);
    await dialog.getByLabel('Objective', { exact: true }).press('Enter');
    await expect(dialog).toBeHidden();
    // A new objective opens on its first key result's form, ready to type.
    await expect(this.newKeyResultForm.getByLabel('Key result', { exact: true })).toBeFocused();
  }

  get newKeyResultForm(): Locator {
    return this.details.getByRole('form', { name: 'New key result' });
  }

  /**
   * Starts empty and plans "Become the go-to person for our data platform" with three kinds
   * of key result: talks (increase 0 → 3), median query time (decrease 40 → 10 s) and a
   * migration guide (done / not done). The details stay open on the objective.
   */
  async planDataPlatform(): Promise<void> {
    await this.open('empty');
    await this.newObjective(DATA_PLATFORM);
    await this.addKeyResult({
      title: 'Internal talks given',
      kind: 'Increase to',
      start: '0',
      target: '3',
      unit: 'talks',
    });
    await this.addKeyResult({
      title: 'Median query time',
      kind: 'Decrease to',
      start: '40',
      target: '10',
      unit: 's',
    });
    await this.addKeyResult({ title: 'Migration guide published', kind: 'Done / not done' });
  }

  async addKeyResult(kr: {
    title: string;
    kind: string;
    start?: string;
    target?: string;
    unit?: string;
    milestones?: string;
  }): Promise<void> {
    const form = this.newKeyResultForm;
    // Right after New objective the form is already open; later ones take "Add key result".
    if (!(await form.isVisible()))
      await this.details.getByRole('button', { name: 'Add key result' }).click();
    await form.getByLabel('Key result', { exact: true }).fill(kr.title);
    await form.getByLabel('Kind').selectOption({ label: kr.kind });
    if (kr.start !== undefined) await form.getByLabel('Start', { exact: true }).fill(kr.start);
    if (kr.target !== undefined) await form.getByLabel('Target', { exact: true }).fill(kr.target);
    if (kr.unit !== undefined) await form.getByLabel('Unit').fill(kr.unit);
    if (kr.milestones !== undefined) await form.getByLabel('Milestones').fill(kr.milestones);
    await form.getByRole('button', { name: 'Add key result' }).click();
    await expect(form).toBeHidden();
  }

  keyResult(title: string): Locator {
    return this.details.getByRole('listitem', { name: `Key result ${title}` });
  }

  progressOf(title: string): Locator {
    return this.page.getByRole('progressbar', { name: `Progress of ${title}` }).first();
  }
}
