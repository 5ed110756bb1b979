import { expect, type Locator, type Page } from '@playwright/test';
import { SAMPLE_COMPANY_OBJECTIVE } from './AppPage';
import { MapPage } from './MapPage';

/** Every view, by its name in the sidebar and the heading it opens with. */
export const VIEWS = [
  { nav: 'Objectives', heading: 'Objectives' },
  { nav: 'Map', heading: 'Map' },
  { nav: 'Check-in', heading: 'Check-in' },
  { nav: 'Planning', heading: /^Planning/ },
  { nav: 'Review', heading: 'Review' },
  { nav: 'Reports', heading: 'Weekly report' },
  { nav: 'Organisation', heading: 'Organisation' },
  { nav: 'Backups & import', heading: 'Backups & import' },
  { nav: 'Settings', heading: 'Settings' },
  { nav: 'KPIs', heading: 'KPIs' },
] as const;

/** The window's frame as a person sees it: the sidebar, its toggle, and what fits on screen. */
export class WindowPage {
  constructor(readonly page: Page) {}

  get sidebar(): Locator {
    return this.page.getByRole('navigation', { name: 'Main' });
  }

  get collapseButton(): Locator {
    return this.page.getByRole('button', { name: 'Collapse sidebar' });
  }

  get expandButton(): Locator {
    return this.page.getByRole('button', { name: 'Expand sidebar' });
  }

  /** The cycle picker shows only while the sidebar is expanded. */
  get cyclePicker(): Locator {
    return this.sidebar.getByRole('combobox', { name: 'Cycle' });
  }

  async expectCollapsed(collapsed: boolean): Promise<void> {
    await expect(collapsed ? this.expandButton : this.collapseButton).toBeVisible();
    await expect(this.cyclePicker).toBeVisible({ visible: !collapsed });
  }

  /** Opens a view from the sidebar and waits until it has drawn its heading and content. */
  async visit(view: (typeof VIEWS)[number]): Promise<void> {
    await this.sidebar.getByRole('button', { name: view.nav, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: view.heading })).toBeVisible();
    await expect(this.page.getByText('Loading…')).toHaveCount(0);
    if (view.nav === 'Map')
      await expect(new MapPage(this.page).node(SAMPLE_COMPANY_OBJECTIVE)).toBeVisible();
  }

  /**
   * What a person would find cut off sideways: the page scrolling horizontally, or a visible
   * control (button, link, field) lying partly outside the window or outside the box that
   * clips it (a card, a panel). Nodes panned out of the map's canvas are not cut off: panning
   * is how the map is read.
   */
  overflow(): Promise<string[]> {
    return this.page.evaluate(() => {
      const width = window.innerWidth;
      const problems: string[] = [];
      const { scrollWidth } = document.documentElement;
      if (scrollWidth > width) problems.push(`the page is ${scrollWidth} px wide in ${width} px`);
      const name = (el: Element) =>
        `${el.tagName.toLowerCase()} “${(
          el.getAttribute('aria-label') ??
          (el as HTMLElement).innerText ??
          (el as HTMLInputElement).value ??
          ''
        )
          .trim()
          .slice(0, 40)}”`;
      const clipper = (el: Element): Element | null => {
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
          const style = getComputedStyle(p);
          if (style.overflowX !== 'visible') return p;
          // A fixed box (the messages inside an open dialog) is not clipped by its ancestors.
          if (style.position === 'fixed') return null;
        }
        return null;
      };
      // The box an element is laid out in (inline wrappers do not count).
      const container = (el: Element): Element | null => {
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
          const display = getComputedStyle(p).display;
          if (display !== 'inline' && display !== 'contents') return p;
        }
        return null;
      };
      // A title cut to a letter or two ("I…") tells nothing.
      for (const el of document.querySelectorAll('body *')) {
        const style = getComputedStyle(el);
        if (style.textOverflow !== 'ellipsis' || el.scrollWidth <= el.clientWidth) continue;
        if (el.clientWidth > 0 && el.clientWidth < 64)
          problems.push(`${name(el)} is cut to ${el.clientWidth} px`);
      }
      // Controls, and the status chips beside them.
      const controls = document.querySelectorAll(
        'button, a[href], input:not([type="hidden"]), select, textarea, .pill, .badge',
      );
      for (const el of controls) {
        if (el.closest('.react-flow__viewport, .sr-only')) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden')
          continue;
        if (r.left < -0.5 || r.right > width + 0.5) {
          problems.push(`${name(el)} spans ${Math.round(r.left)}–${Math.round(r.right)} px`);
          continue;
        }
        const parent = container(el)?.getBoundingClientRect();
        if (parent && (r.left < parent.left - 0.5 || r.right > parent.right + 0.5)) {
          problems.push(
            `${name(el)} spans ${Math.round(r.left)}–${Math.round(r.right)} px, ` +
              `past its container at ${Math.round(parent.left)}–${Math.round(parent.right)} px`,
          );
          continue;
        }
        const box = clipper(el)?.getBoundingClientRect();
        if (box && (r.left < box.left - 0.5 || r.right > box.right + 0.5))
          problems.push(
            `${name(el)} spans ${Math.round(r.left)}–${Math.round(r.right)} px, ` +
              `outside its box at ${Math.round(box.left)}–${Math.round(box.right)} px`,
          );
      }
      return problems;
    });
  }

  /**
   * What a person could not reach in an open dialog: the dialog's box past the window's edge
   * (any side), or one of its controls that, scrolled to as the keyboard or a wheel would,
   * still lies outside the window or outside a box that clips it. A dialog taller than the
   * window passes only if it scrolls inside, so its buttons come into view. The dialog is
   * scrolled back to its top afterwards, as it opened.
   */
  clipped(dialog: Locator): Promise<string[]> {
    return dialog.evaluate((d) => {
      const problems: string[] = [];
      const w = window.innerWidth;
      const h = window.innerHeight;
      const outside = (
        r: DOMRect,
        b: { left: number; top: number; right: number; bottom: number },
      ) =>
        r.left < b.left - 0.5 ||
        r.top < b.top - 0.5 ||
        r.right > b.right + 0.5 ||
        r.bottom > b.bottom + 0.5;
      const at = (r: DOMRect) =>
        `${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`;
      const viewport = { left: 0, top: 0, right: w, bottom: h };
      const box = d.getBoundingClientRect();
      if (outside(box, viewport)) problems.push(`the dialog spans ${at(box)} in ${w}×${h}`);
      const controls = d.querySelectorAll(
        'button, a[href], input:not([type="hidden"]), select, textarea',
      );
      for (const el of controls) {
        if (el.closest('.sr-only')) continue;
        const first = el.getBoundingClientRect();
        if (first.width === 0 || first.height === 0 || getComputedStyle(el).visibility === 'hidden')
          continue;
        el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        const r = el.getBoundingClientRect();
        const label = `${el.tagName.toLowerCase()} “${(
          el.getAttribute('aria-label') ??
          (el as HTMLInputElement).labels?.[0]?.innerText ??
          (el as HTMLElement).innerText ??
          ''
        )
          .trim()
          .slice(0, 40)}”`;
        if (outside(r, viewport)) {
          problems.push(`${label} spans ${at(r)} in ${w}×${h}`);
          continue;
        }
        for (let p = el.parentElement; p; p = p.parentElement) {
          const style = getComputedStyle(p);
          // A box that clips without scrollbars can still be scrolled by script: it was.
          const fixed = ['hidden', 'clip'];
          if (
            (fixed.includes(style.overflowY) && p.scrollTop > 0) ||
            (fixed.includes(style.overflowX) && p.scrollLeft > 0)
          ) {
            problems.push(`${label} is hidden in a box that does not scroll`);
            break;
          }
          if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
            const clip = p.getBoundingClientRect();
            if (outside(r, clip)) {
              problems.push(`${label} spans ${at(r)}, outside its box at ${at(clip)}`);
              break;
            }
          }
          if (p === d || style.position === 'fixed') break;
        }
      }
      for (const el of [d, ...d.querySelectorAll('*')]) el.scrollTop = 0;
      return problems;
    });
  }

  /** Screenshots for people to look at, only when CAIRN_SHOTS=1 (as the other shot specs). */
  async shot(name: string): Promise<void> {
    if (process.env.CAIRN_SHOTS)
      await this.page.screenshot({ path: `/tmp/shots-layout/${name}.png` });
  }
}
