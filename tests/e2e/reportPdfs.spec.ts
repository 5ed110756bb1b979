import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { pdfOptions } from '../../electron/main/print';
import { PRINT_READY_TITLE } from '../../shared/report/printRoute';
import { AppPage } from './pages/AppPage';
import { ReviewPage } from './pages/ReviewPage';

// Ana prints the quarterly review for her boss and the meeting pack for the planning meeting,
// from a laptop in dark mode or light (issue 15): both must read well on white paper.

/** Counts prints in every frame (the browser host prints a hidden frame), and remembers its route. */
const stubPrint = () => {
  window.print = () => {
    const top = window.top as unknown as { prints?: string[] };
    top.prints = [...(top.prints ?? []), window.location.hash];
  };
};
const printed = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { prints?: string[] }).prints ?? []);

/**
 * The PDF Electron's printToPDF makes of a print route: the same route, the same options
 * (electron/main/print.ts), through Chromium's print engine, here in a fresh page.
 */
async function printRoute(
  context: BrowserContext,
  hash: string,
  scheme: 'light' | 'dark',
  file: string,
): Promise<void> {
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`/${hash}`);
  await expect(page).toHaveTitle(PRINT_READY_TITLE);
  const o = pdfOptions({ suggestedName: 'x.pdf', pageSize: 'A4', landscape: false })!;
  writeFileSync(
    file,
    await page.pdf({
      printBackground: o.printBackground,
      preferCSSPageSize: o.preferCSSPageSize,
      displayHeaderFooter: o.displayHeaderFooter,
    }),
  );
  await page.close();
}

/** Each page rendered small; the top-left corner (in the margin) and the middle of the page. */
function pagePixels(file: string, dir: string): { corner: number[]; mid: number[] }[] {
  mkdirSync(dir, { recursive: true });
  execFileSync('pdftoppm', ['-r', '20', file, join(dir, 'p')]);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ppm'))
    .sort()
    .map((f) => {
      const buf = readFileSync(join(dir, f));
      // P6 header: magic, width, height, max value, each followed by one whitespace byte.
      const head = buf.subarray(0, 40).toString('latin1');
      const m = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(head)!;
      const [w, h] = [Number(m[1]), Number(m[2])];
      const px = (x: number, y: number) => {
        const at = m[0].length + (y * w + x) * 3;
        return [buf[at]!, buf[at + 1]!, buf[at + 2]!];
      };
      return { corner: px(2, 2), mid: px(Math.floor(w / 2), Math.floor(h / 2)) };
    });
}

const light = (rgb: number[]) => Math.min(...rgb) >= 235;

function pdfFacts(file: string) {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return { pages, text, flat: text.replace(/\s+/g, ' ') };
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the review PDF and the meeting pack print on white paper with page numbers (${scheme} system theme)`, async ({
    page,
    context,
  }, testInfo) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.addInitScript(stubPrint);
    const app = new AppPage(page);
    const review = new ReviewPage(page);
    await app.open('sample');
    const cycleName = (
      (await page.getByLabel('Cycle', { exact: true }).locator('option:checked').textContent()) ??
      ''
    ).split(' · ')[0]!;
    await app.nav('Review');
    await review.scope('Product');
    await review.tab('Report');

    // Export PDF prints the report from its own route; the Review view stays where it was.
    await page.getByRole('button', { name: 'Export PDF' }).click();
    await expect.poll(() => printed(page)).toHaveLength(1);
    const [reviewRoute] = await printed(page);
    expect(reviewRoute).toMatch(/^#print=review&cycle=[\w-]+&scope=[\w-]+&page=A4$/);
    await expect(page.getByRole('tab', { name: 'Report' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    // The meeting pack prints from anywhere, without leaving the view.
    await app.palette('Export meeting pack (PDF)');
    await expect.poll(() => printed(page)).toHaveLength(2);
    const packRoute = (await printed(page))[1]!;
    expect(packRoute).toMatch(/^#print=pack&cycle=[\w-]+&page=A4$/);
    await expect(page.getByRole('tab', { name: 'Report' })).toBeVisible();

    const reviewPdf = testInfo.outputPath('review.pdf');
    await printRoute(context, reviewRoute!, scheme, reviewPdf);
    const r = pdfFacts(reviewPdf);
    // Three objectives on two pages: the cover and summary first, the objectives after.
    expect(r.pages).toBe(2);
    // The cover's key figures (their labels print in capitals).
    for (const t of ['average score', 'by band', 'committed met', 'key results scored'])
      expect(r.flat.toLowerCase()).toContain(t);
    expect(r.flat).toMatch(/0 of 2 0 of 5/);
    for (const t of [
      `Review of ${cycleName} — Product`,
      'Turn first-week users into weekly habits',
      'Make the first session delightful',
      'Improve things',
      'Page 1 of 2',
      'Page 2 of 2',
    ])
      expect(r.flat).toContain(t);
    // The date is at the foot of every page, and no to-do for the reader is printed.
    const day = /(\d{1,2} [A-Z][a-z]+ \d{4})\s+Page 1 of/.exec(r.flat)?.[1];
    expect(day).toBeTruthy();
    expect(r.flat.split(day!).length - 1).toBeGreaterThanOrEqual(2);
    expect(r.flat).not.toContain('write a short postmortem');
    expect(r.flat).toContain('Committed, scored 0.6: short of the 1.0 promised.');
    for (const p of pagePixels(reviewPdf, testInfo.outputPath('review-pages'))) {
      expect(light(p.corner)).toBe(true);
      expect(light(p.mid)).toBe(true);
    }

    const packPdf = testInfo.outputPath('pack.pdf');
    await printRoute(context, packRoute, scheme, packPdf);
    const k = pdfFacts(packPdf);
    expect(k.flat).toContain(`Planning meeting for ${cycleName}`);
    expect(k.flat).toContain(`Page 1 of ${k.pages}`);
    expect(k.flat).toContain(`Page ${k.pages} of ${k.pages}`);
    for (const p of pagePixels(packPdf, testInfo.outputPath('pack-pages'))) {
      expect(light(p.corner)).toBe(true);
    }
  });
}
