import { expect, type Locator, type Page } from '@playwright/test';

/** The Review view as a person sees it: found by roles and accessible names only. */
export class ReviewPage {
  constructor(readonly page: Page) {}

  /** Narrows the review to one unit's subtree (or "Everyone"). */
  async scope(unitName: string): Promise<void> {
    const select = this.page.getByRole('combobox', { name: 'Scope' });
    // As a person does: the picker lists every unit once it is focused.
    await select.focus();
    const value = await select
      .getByRole('option', { name: unitName })
      .first()
      .getAttribute('value');
    await select.selectOption(value ?? '');
  }

  tab(name: 'Scores & retrospective' | 'Calibration' | 'Report'): Promise<void> {
    return this.page.getByRole('tab', { name }).click();
  }

  objective(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  scoreForm(krTitle: string): Locator {
    return this.page.getByRole('form', { name: `Score of ${krTitle}` });
  }

  async setScore(krTitle: string, score: string, reason: string): Promise<void> {
    const form = this.scoreForm(krTitle);
    await form.getByLabel('Score').fill(score);
    await form.getByLabel('Reason').fill(reason);
    await form.getByRole('button', { name: 'Save score' }).click();
    await expect(form.getByRole('alert')).toHaveCount(0);
  }

  /** Fills parts of a retrospective form (by field label) and saves it. */
  async writeRetro(form: Locator, fields: Record<string, string>): Promise<void> {
    for (const [label, text] of Object.entries(fields)) await form.getByLabel(label).fill(text);
    await form.getByRole('button', { name: 'Save retrospective' }).click();
    await expect(form.getByRole('button', { name: 'Save retrospective' })).toBeDisabled();
  }

  /** The text of a key result's line in the score list, e.g. "now 9 min · progress 33 %…". */
  keyResultRow(krTitle: string): Locator {
    return this.page.getByRole('listitem').filter({ hasText: krTitle });
  }
}
