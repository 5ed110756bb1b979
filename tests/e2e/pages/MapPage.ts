import { expect, type Locator, type Page } from '@playwright/test';

/** The Map view: nodes are groups named by their title; edges are React Flow's edge elements. */
export class MapPage {
  constructor(readonly page: Page) {}

  get canvas(): Locator {
    return this.page.getByRole('region', { name: /Alignment map/ });
  }

  /** A node by the start of its accessible name (its title). */
  node(title: string): Locator {
    const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.canvas.getByRole('group', { name: new RegExp(`^${escaped}\\.`) });
  }

  /** The objective and key-result cards (not empty lanes or unit groups). */
  get cards(): Locator {
    return this.canvas.locator('.react-flow__node-objective, .react-flow__node-keyResult');
  }

  /** The empty lane of an org unit that owns no objectives. */
  lane(name: string, kind: string): Locator {
    return this.canvas.getByRole('group', { name: `${name} (${kind}): no objectives yet` });
  }

  /** An org unit as a group, below the zoom floor. */
  unit(name: string, kind: string): Locator {
    return this.canvas.getByRole('group', { name: new RegExp(`^${name} \\(${kind}\\):`) });
  }

  /** How much the canvas is zoomed: 1 draws cards at their size, 0.5 at half. */
  async zoom(): Promise<number> {
    const style = (await this.canvas.locator('.react-flow__viewport').getAttribute('style')) ?? '';
    return Number(/scale\(([\d.]+)\)/.exec(style)?.[1] ?? NaN);
  }

  get edges(): Locator {
    return this.canvas.locator('.react-flow__edge');
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Map', exact: true })
      .click();
    await expect(this.canvas.locator('.react-flow__node').first()).toBeVisible();
  }

  /** Drags from the child's top handle onto the parent's bottom handle, as a person would. */
  async dragAlign(child: string, parent: string): Promise<void> {
    const from = this.node(child).locator('.react-flow__handle.source');
    const to = this.node(parent).locator('.react-flow__handle.target');
    const a = (await from.boundingBox())!;
    const b = (await to.boundingBox())!;
    await this.page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
    await this.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 });
    await this.page.mouse.up();
  }
}
