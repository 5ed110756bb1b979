// A 20-page review report as PDF: the app's print view of one scope of a closed L quarter,
// from navigation to PDF bytes, vs a bare 20-page HTML table printed the same way. Options
// as the desktop app's printToPDF (electron/main/print.ts).
import { formatValue, summary } from '../lib/stats.mjs';
import { workspaceMeasure } from '../lib/workspaceMeasure.mjs';
import { atMost } from '../lib/targets.mjs';

const READY = 'Cairn report ready to print';
const PDF = {
  format: 'A4',
  printBackground: true,
  displayHeaderFooter: true,
  headerTemplate: '<span></span>',
  footerTemplate:
    '<div style="font-size:8px;width:100%;text-align:center;color:#666">' +
    'Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
  margin: { top: '0.5in', bottom: '0.6in', left: '0.5in', right: '0.5in' },
};
const pagesOf = (buf) => (buf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

const median = (xs) => formatValue(summary(xs).median, 'ms');

/** Prints a page: { ms, readyMs (load, read, draw), printMs (Chromium's PDF), pages, dom, svgs }. */
async function print(context, url, ready) {
  const page = await context.newPage();
  const t0 = performance.now();
  await page.goto(url);
  await ready(page);
  const readyMs = performance.now() - t0;
  const buf = await page.pdf(PDF);
  const ms = performance.now() - t0;
  const { dom, svgs } = await page.evaluate(() => ({
    dom: document.getElementsByTagName('*').length,
    svgs: document.getElementsByTagName('svg').length,
  }));
  await page.close();
  return { ms, readyMs, printMs: ms - readyMs, pages: pagesOf(buf), dom, svgs };
}

const pdf = ({ size, cycleKey }) =>
  workspaceMeasure({
    size,
    id: 'pdf',
    // M's largest team subtrees print ~8 pages, not 20: the note says how many.
    title: (s) =>
      s === 'L' ? '20-page review report as PDF' : `review report of a team as PDF (${s})`,
    unit: 'ms',
    baselineLabel: 'bare 20-page table',
    targets: [atMost(3000), atMost(2, 'x')],
    whenMissed:
      "The split above is measured: 'to ready' is loading the report's script, reading the " +
      "scope and drawing it (tables, SVG charts); 'printing' is Chromium laying out and " +
      'writing the pages, which the bare table pays too.',
    // A print takes seconds while the review loads a whole cycle's check-ins: 3 runs at most,
    // the calibration prints serving as the warm-up.
    runs: 3,
    warmup: 0,
    async sides(ctx, context) {
      const bench = await ctx.benchPage(size);
      const { cycleId, units } = await bench.evaluate(
        ([s, k]) => window.cairnBench.scopes(s, k),
        [size, cycleKey],
      );
      const report = (scope) =>
        print(
          context,
          `${ctx.origin}/app/index.html#print=review&cycle=${cycleId}&scope=${scope.id}&page=A4`,
          (p) => p.waitForFunction((t) => document.title === t, READY, { timeout: 120_000 }),
        );
      const table = (rows) =>
        print(context, `${ctx.origin}/page/index.html?view=pdf-table&rows=${rows}`, (p) =>
          p.waitForSelector('tbody tr'),
        );
      // Calibrate both sides to 20 pages (untimed): one trial print, then scale.
      const near = (n) =>
        units.reduce((a, b) => (Math.abs(b.objectives - n) < Math.abs(a.objectives - n) ? b : a));
      let scope = near(40);
      const trial = await report(scope);
      scope = near(Math.round((scope.objectives * 20) / Math.max(1, trial.pages)));
      const rows = Math.round((800 * 20) / Math.max(1, (await table(800)).pages));
      const split = { subject: { ready: [], print: [] }, baseline: { ready: [], print: [] } };
      const note = (side, r) => {
        split[side].ready.push(r.readyMs);
        split[side].print.push(r.printMs);
        return (
          `${r.pages} pages, ${r.dom.toLocaleString('en-US')} DOM nodes, ${r.svgs} SVGs; ` +
          `to ready ${median(split[side].ready)} + printing ${median(split[side].print)} (medians)`
        );
      };
      return {
        subject: async () => {
          const r = await report(scope);
          return {
            value: r.ms,
            note: `${scope.name}: ${scope.objectives} objectives, ${note('subject', r)}`,
          };
        },
        baseline: async () => {
          const r = await table(rows);
          return { value: r.ms, note: `${rows} rows, ${note('baseline', r)}` };
        },
      };
    },
  });

export const pdfL = pdf({ size: 'L', cycleKey: '2026-Q3' });
export const pdfM = pdf({ size: 'M', cycleKey: '2026-Q4' });
