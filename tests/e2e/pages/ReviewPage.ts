import { expect, type Locator, type Page } from '@playwright/test';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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

  /** Marks the unit in scope's review done; `whose` as the button writes it ("Product's"). */
  markReviewDone(whose: string): Promise<void> {
    return this.page.getByRole('button', { name: `Mark ${whose} review done` }).click();
  }

  /** The company-wide close dialog, opened from the Everyone scope (of the given cycle, if named). */
  async openCloseDialog(cycleName?: string): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Close cycle and carry over…' }).click();
    const dialog = this.page.getByRole('dialog', {
      name: cycleName ? `Close ${cycleName} and carry over` : /^Close .* and carry over$/,
    });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** A unit's row in the close dialog's "Reviews by unit" table. */
  unitRow(dialog: Locator, unitName: string): Locator {
    return dialog
      .getByRole('table', { name: 'Reviews by unit' })
      .getByRole('row', { name: new RegExp(`^${escapeRegExp(unitName)} \\d`) });
  }

  /** Picks an objective to carry over; its key results then show, achieved ones unticked. */
  async pickObjective(dialog: Locator, title: string): Promise<Locator> {
    await dialog.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(title)}`) }).check();
    return dialog.getByRole('group', { name: `Key results of ${title}` });
  }
}
