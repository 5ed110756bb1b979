import { expect, type Locator, type Page } from '@playwright/test';

/** A quarter as the app names it, with its dates. */
export interface Quarter {
  name: string;
  start: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "Q4 2026" → its dates; the test's own arithmetic, not the app's. */
export function quarterOf(name: string): Quarter & { q: number; year: number } {
  const m = /^Q([1-4]) (\d{4})$/.exec(name);
  if (!m) throw new Error(`Not a quarter: ${name}`);
  const q = Number(m[1]);
  const year = Number(m[2]);
  const lastDay = new Date(Date.UTC(year, q * 3, 0)).getUTCDate();
  return {
    name,
    q,
    year,
    start: `${year}-${pad(q * 3 - 2)}-01`,
    end: `${year}-${pad(q * 3)}-${pad(lastDay)}`,
  };
}

/** The quarter after `name`: Q1 of the next year after Q4. */
export function quarterAfter(name: string): Quarter {
  const { q, year } = quarterOf(name);
  const next = q === 4 ? `Q1 ${year + 1}` : `Q${q + 1} ${year}`;
  return quarterOf(next);
}

/** The cycle picker, the open cycle in the sidebar, and the cycle dialogs. */
export class CyclesPage {
  constructor(readonly page: Page) {}

  get picker(): Locator {
    return this.page.getByRole('combobox', { name: 'Cycle' });
  }

  get openCycle(): Locator {
    return this.page.getByRole('region', { name: 'Open cycle' });
  }

  /** The open cycle as the picker shows it, e.g. "Q4 2026 · Active". */
  get chosen(): Locator {
    return this.picker.locator('option:checked');
  }

  /** Name and state of the open cycle. */
  async open(): Promise<{ name: string; state: string }> {
    const text = (await this.chosen.textContent()) ?? '';
    const [name = '', state = ''] = text.split(' · ');
    return { name, state };
  }

  /** Names of every cycle in the picker. */
  async names(): Promise<string[]> {
    return (await this.picker.getByRole('option').allTextContents()).map((t) => t.split(' · ')[0]!);
  }

  /** Opens the sidebar's "+" dialog. */
  async newCycle(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'New cycle' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New cycle' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  async expectOpen(name: string, state: string): Promise<void> {
    await expect(this.chosen).toHaveText(`${name} · ${state}`);
  }
}
