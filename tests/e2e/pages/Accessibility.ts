import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** What a failing check prints: the rule, its impact and the first elements it names. */
interface Finding {
  rule: string;
  impact: string;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core on what is on screen (or inside `include`) and fails on any serious or critical
 * violation, naming the rule and the elements so the failure says what to fix. Moderate and
 * minor findings (e.g. a region without a landmark) are advice, not failures.
 */
export async function expectAccessible(page: Page, where: string, include?: string): Promise<void> {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const serious: Finding[] = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact ?? '',
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
    }));
  // Soft: one run lists every view's findings, not only the first.
  expect.soft(serious, `axe on ${where}`).toEqual([]);
}
