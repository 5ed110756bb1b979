import { buildReviewReport } from '@shared/report/review';
import { renderReviewMarkdown } from '@shared/report/reviewMarkdown';
import { printRouteHash } from '@shared/report/printRoute';
import { readLocale } from '../../db/commands/settings';
import { db } from '../../db/schema';
import { host } from '../../host';
import { useUi } from '../../store/ui';
import { loadReviewData } from './useReviewData';
import type { PageSize } from '../../store/reviewSlice';

/** A file name from a cycle and scope: `review-q1-2026-engineering`. */
export function reportFileName(cycleName: string, scopeName: string): string {
  const slug = (s: string) =>
    s
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50);
  return ['review', slug(cycleName), slug(scopeName)].filter(Boolean).join('-');
}

/** Saves the review report of a cycle and scope as Markdown through the host's save dialog. */
export async function exportReviewMarkdown(cycleId: string, scopeId: string | null): Promise<void> {
  const data = await loadReviewData(cycleId, scopeId);
  if (!data) return useUi.getState().toast('This cycle no longer exists', 'error');
  const report = buildReviewReport({
    ...data,
    scopeUnitId: scopeId,
    generatedAt: new Date().toISOString(),
  });
  const res = await host.saveFile({
    suggestedName: `${reportFileName(report.cover.cycleName, report.cover.scopeName)}.md`,
    content: renderReviewMarkdown(report, await readLocale()),
    filters: [{ name: 'Markdown', extensions: ['md'] }],
  });
  if (res.saved) useUi.getState().toast(res.path ? `Saved ${res.path}` : 'Review Markdown saved');
}

/**
 * Prints the review report to PDF from its print route: the host draws the report alone from
 * the data (Electron in a hidden window, the browser in a hidden frame) and prints it. The
 * window the person works in is left as it is.
 */
export async function exportReviewPdf(
  cycleId: string,
  scopeId: string | null,
  pageSize: PageSize,
): Promise<void> {
  const cycle = await db.cycles.get(cycleId);
  if (!cycle || cycle.deletedAt)
    return useUi.getState().toast('This cycle no longer exists', 'error');
  const scope = await db.orgUnits.get(scopeId ?? cycle.ownerId);
  const res = await host.printToPdf({
    suggestedName: `${reportFileName(cycle.name, scope?.name ?? 'everyone')}.pdf`,
    pageSize,
    landscape: false,
    route: printRouteHash({ report: 'review', cycleId, scopeId, pageSize }),
  });
  if (res.saved && res.path) useUi.getState().toast(`Saved ${res.path}`);
}
