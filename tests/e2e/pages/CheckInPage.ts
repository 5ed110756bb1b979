import { expect, type Locator, type Page } from '@playwright/test';

/** The Check-in view and the weekly report, found by roles and accessible names only. */
export class CheckInPage {
  constructor(readonly page: Page) {}

  get session(): Locator {
    return this.page.getByRole('region', { name: 'Check-in session' });
  }

  step(title: string): Locator {
    return this.page.getByRole('form', { name: `Check in on ${title}` });
  }

  /** Value → Enter → confidence → Enter → note → Enter → blockers → Enter, keys only. */
  async checkInWithKeys(
    title: string,
    entry: {
      value?: string;
      toggleDone?: boolean;
      confidence: string;
      note: string;
      blockers?: string;
    },
  ) {
    const step = this.step(title);
    await expect(step).toBeVisible();
    const kb = this.page.keyboard;
    if (entry.toggleDone) await kb.press('Space');
    if (entry.value !== undefined) {
      await expect(step.getByLabel(/^New value/)).toBeFocused();
      await kb.press('Control+A');
      await kb.type(entry.value);
    }
    await kb.press('Enter');
    await expect(step.getByLabel('Confidence (0–10)')).toBeFocused();
    await kb.press('Control+A');
    await kb.type(entry.confidence);
    await kb.press('Enter');
    await kb.type(entry.note);
    await kb.press('Enter');
    await kb.type(entry.blockers ?? '');
    await kb.press('Enter');
  }

  /** Ticks (or unticks) a milestone from the keyboard: focus its box, press Space. */
  async toggleMilestone(title: string, milestone: string) {
    const box = this.step(title).getByRole('checkbox', { name: milestone });
    await box.focus();
    await this.page.keyboard.press('Space');
  }

  krRow(title: string): Locator {
    return this.page
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('button', { name: `History of ${title}` }) });
  }

  async openHistory(title: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `History of ${title}` }).click();
    const panel = this.page.getByRole('region', { name: `History of ${title}` });
    await expect(panel).toBeVisible();
    return panel;
  }

  async addCheckIn(
    panel: Locator,
    title: string,
    c: { at: string; value: string; confidence?: string; note?: string },
  ) {
    const form = panel.getByRole('form', { name: `New check-in on ${title}` });
    await form.getByLabel('Date').fill(c.at);
    await form.getByLabel(/^Value/).fill(c.value);
    if (c.confidence) await form.getByLabel('Confidence (0–10)').fill(c.confidence);
    if (c.note) await form.getByLabel('Note').fill(c.note);
    // A person sees the new check-in in the history before typing the next one.
    const saved = panel.getByRole('button', { name: /^Delete check-in of / });
    const before = await saved.count();
    await form.getByRole('button', { name: 'Add check-in' }).click();
    await expect(saved).toHaveCount(before + 1);
  }

  chartRows(panel: Locator, title: string): Locator {
    return panel.getByRole('table', { name: `${title}: values by date` }).getByRole('row');
  }
}
