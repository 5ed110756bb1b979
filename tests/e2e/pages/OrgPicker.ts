import type { Locator } from '@playwright/test';

/** A select of org units (the sidebar's Show, an objective's Owner…), used as a person does. */
export class OrgPicker {
  constructor(readonly select: Locator) {}

  option(name: string): Locator {
    return this.select.getByRole('option', { name, exact: true });
  }

  /** Opens the list with a click and clicks the unit. */
  async pick(name: string): Promise<void> {
    await this.select.click();
    await this.option(name).click();
  }

  /** What the closed picker reads: the chosen option's label, as the select draws it. */
  shown(): Promise<string> {
    return this.select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.label ?? '');
  }

  /** Where a unit's name starts in the open list, in pixels from the page's left edge. */
  textLeft(name: string): Promise<number> {
    return this.option(name).evaluate((o) => {
      const r = document.createRange();
      r.selectNodeContents(o);
      return r.getBoundingClientRect().left;
    });
  }
}
