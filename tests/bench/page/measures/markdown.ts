import { largeCurrentCycle } from './data';
import { reviewOf } from '../../gen/review';
import { missing, optional } from './optional';
import { timed, type PageMeasure } from './types';

const PATH = 'shared/report/reviewMarkdown.ts';
type ReviewModule = typeof import('../../../../shared/report/review');
type MarkdownModule = typeof import('../../../../shared/report/reviewMarkdown');
const foundReview = import.meta.glob('../../../../shared/report/review.ts');
const foundMarkdown = import.meta.glob('../../../../shared/report/reviewMarkdown.ts');

let review: ReturnType<typeof reviewOf> | null = null;

/** Markdown of the review of a 3,000-objective cycle (L's current quarter, fully scored). */
export const markdown: PageMeasure = {
  async subject() {
    const build = await optional<ReviewModule>(foundReview);
    const render = await optional<MarkdownModule>(foundMarkdown);
    if (!build) return missing('shared/report/review.ts');
    if (!render) return missing(PATH);
    const { org, records } = largeCurrentCycle();
    review ??= reviewOf(records);
    const input = {
      cycle: { ...records.cycle, state: 'review' as const },
      scopeUnitId: null,
      orgUnits: org.units,
      objectives: records.objectives,
      keyResults: records.keyResults,
      checkIns: records.checkIns,
      scores: review.scores,
      retros: review.retros,
      generatedAt: '2026-12-31T12:00:00.000Z',
    };
    let chars = 0;
    let modelMs = 0;
    const ms = timed(() => {
      const t0 = performance.now();
      const report = build.buildReviewReport(input);
      modelMs = performance.now() - t0;
      chars = render.renderReviewMarkdown(report).length;
    });
    return {
      value: ms,
      note: `report model ${Math.round(modelMs)} ms + Markdown ${Math.round(ms - modelMs)} ms; ${Math.round(chars / 1024)} KiB`,
    };
  },
  /** The bare text of the same cycle: every objective and key result title, one a line. */
  async baseline() {
    const { records } = largeCurrentCycle();
    return {
      value: timed(() => {
        const lines: string[] = [];
        for (const o of records.objectives) lines.push(`## ${o.title}`);
        for (const k of records.keyResults) lines.push(`- ${k.title}: ${k.current} ${k.unit}`);
        return lines.join('\n').length;
      }),
    };
  },
};
