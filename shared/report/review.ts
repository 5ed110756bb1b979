import type { CheckIn } from '../domain/model';
import { sortCheckIns } from '../domain/history';
import { flattenOrgTree, subtreeIds } from '../domain/org';
import { alignmentOutline } from './reviewAlignment';
import { reportObjective, type ObjectiveIndex } from './reviewObjectives';
import { group, latestBy } from './reviewRecords';
import { retroSection } from './reviewRetros';
import { reviewSummary } from './reviewSummary';
import type { ReportObjective, ReviewReport, ReviewReportInput } from './reviewTypes';

/**
 * The review report of one cycle for one scope (the whole company, a department's subtree,
 * one person): one model that the on-screen preview, the PDF and the Markdown all render.
 * Pure: the same input always gives the same report, so it is tested and benchmarked alone.
 *
 * This is the public entry: the report's types, its parts and its formatting live in the
 * review*.ts modules next to it and are re-exported from here.
 */

export type { SeriesPoint } from '../domain/history';
export type {
  BandCounts,
  Lesson,
  OutlineRow,
  ReportKeyResult,
  ReportObjective,
  RetroText,
  ReviewReport,
  ReviewReportInput,
  TypeSummary,
  UnitSummary,
} from './reviewTypes';
export { keyResultSeries } from './reviewObjectives';
export { formatScore, formatValue, withUnit, TYPE_EXPECTATION, TYPE_LABELS } from './reviewFormat';

/** Builds the review report of `input.cycle` for the scope. */
export function buildReviewReport(input: ReviewReportInput): ReviewReport {
  const { cycle, orgUnits } = input;
  const unitById = new Map(orgUnits.map((u) => [u.id, u]));
  const scopeUnit = input.scopeUnitId ? unitById.get(input.scopeUnitId) : undefined;
  const inScope = scopeUnit ? subtreeIds(orgUnits, scopeUnit.id) : null;
  const tree = flattenOrgTree(orgUnits);
  const treeOrder = new Map(tree.map((r, i) => [r.unit.id, i]));

  const objectives = input.objectives
    .filter((o) => !o.deletedAt && o.cycleId === cycle.id && (!inScope || inScope.has(o.ownerId)))
    .sort(
      (a, b) =>
        (treeOrder.get(a.ownerId) ?? Infinity) - (treeOrder.get(b.ownerId) ?? Infinity) ||
        (a.rank || Infinity) - (b.rank || Infinity) ||
        a.createdAt.localeCompare(b.createdAt),
    );
  const objectiveIds = new Set(objectives.map((o) => o.id));
  const allObjectives = new Map(input.objectives.map((o) => [o.id, o]));
  const krsByObjective = group(
    input.keyResults
      .filter((k) => !k.deletedAt && objectiveIds.has(k.objectiveId))
      .sort((a, b) => a.rank - b.rank),
    (k) => k.objectiveId,
  );
  const krById = new Map(input.keyResults.map((k) => [k.id, k]));
  const krObjective = new Map(input.keyResults.map((k) => [k.id, k.objectiveId]));
  // Each key result's history in time order, up to the cycle's end, sorted once.
  const historyByKr = new Map<string, CheckIn[]>();
  for (const [id, list] of group(
    input.checkIns.filter((c) => !c.deletedAt && c.at <= cycle.end),
    (c) => c.keyResultId,
  ))
    historyByKr.set(id, sortCheckIns(list));
  const scoreByKr = latestBy(
    input.scores.filter((s) => !s.deletedAt && s.cycleId === cycle.id),
    (s) => s.keyResultId,
  );
  const liveRetros = input.retros.filter((r) => !r.deletedAt && r.cycleId === cycle.id);
  const retroByObjective = latestBy(liveRetros, (r) => r.objectiveId);
  const ownerName = (id: string): string => unitById.get(id)?.name ?? 'Unknown owner';

  const index: ObjectiveIndex = {
    cycle,
    unitById,
    allObjectives,
    krsByObjective,
    krById,
    historyByKr,
    scoreByKr,
    retroByObjective,
    ownerName,
  };
  const reportObjectives: ReportObjective[] = objectives.map((o) => reportObjective(o, index));

  const summary = reviewSummary(reportObjectives, tree);
  const alignment = alignmentOutline(reportObjectives, allObjectives, objectiveIds, krObjective);
  const { cycleRetro, lessons } = retroSection({
    liveRetros,
    inScope,
    treeOrder,
    scopeOwner: scopeUnit?.id ?? cycle.ownerId,
    reportObjectives,
    ownerName,
  });

  // No scope means everyone: the cycle's owner (the company) names it.
  const named = scopeUnit ?? unitById.get(cycle.ownerId);
  const scopeName = named?.name ?? 'Everyone';
  return {
    cover: {
      title: `Review of ${cycle.name} — ${scopeName}`,
      cycleName: cycle.name,
      cycleStart: cycle.start,
      cycleEnd: cycle.end,
      cycleState: cycle.state,
      scopeName,
      scopeKind: named?.kind ?? null,
      generatedAt: input.generatedAt,
    },
    summary,
    alignment,
    objectives: reportObjectives,
    cycleRetro,
    lessons,
  };
}
