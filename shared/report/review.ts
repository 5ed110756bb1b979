import type { SeriesPoint } from '../domain/history';
import type { KeyResult, Objective } from '../domain/model';
import { flattenOrgTree, subtreeIds } from '../domain/org';
import { alignmentOutline } from './reviewAlignment';
import { reportObjective, type ObjectiveIndex } from './reviewObjectives';
import { dayValues, keyResultsInScope, latestBy } from './reviewRecords';
import { reviewKpis } from './reviewKpis';
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
export type { ReportKpi, ReportKpis } from './reviewKpis';
export {
  expectationStatement,
  postmortemsStatement,
  formatScore,
  TYPE_EXPECTATION,
  TYPE_LABELS,
} from './reviewFormat';

/** Builds the review report of `input.cycle` for the scope. */
export function buildReviewReport(input: ReviewReportInput): ReviewReport {
  const { cycle, orgUnits } = input;
  const unitById = new Map(orgUnits.map((u) => [u.id, u]));
  const scopeUnit = input.scopeUnitId ? unitById.get(input.scopeUnitId) : undefined;
  const inScope = scopeUnit ? subtreeIds(orgUnits, scopeUnit.id) : null;
  const tree = flattenOrgTree(orgUnits);
  const treeOrder = new Map(tree.map((r, i) => [r.unit.id, i]));

  // The owner's place in the tree, looked up once per objective rather than per comparison.
  const ownerOrder = (o: Objective): number => treeOrder.get(o.ownerId) ?? Infinity;
  const objectives = input.objectives
    .filter((o) => !o.deletedAt && o.cycleId === cycle.id && (!inScope || inScope.has(o.ownerId)))
    .map((o) => ({ o, order: ownerOrder(o) }))
    .sort(
      (a, b) =>
        a.order - b.order ||
        (a.o.rank || Infinity) - (b.o.rank || Infinity) ||
        a.o.createdAt.localeCompare(b.o.createdAt),
    )
    .map(({ o }) => o);
  const objectiveIds = new Set(objectives.map((o) => o.id));
  const allObjectives = new Map<string, Objective>();
  for (const o of input.objectives) allObjectives.set(o.id, o);
  const krsByObjective = keyResultsInScope(input.keyResults, objectiveIds);
  // Only the charts read the key results' day values; the Markdown export never does. So the
  // check-ins (the biggest table) are indexed on the first read, if any. The input's arrays are
  // read-only by contract, so reading them later gives what reading them now would.
  let days: Map<string, SeriesPoint[]> | undefined;
  const daysOf = (id: string): SeriesPoint[] =>
    (days ??= dayValues(
      cycle,
      [...krsByObjective.values()].flatMap((krs) => krs.map((k) => k.id)),
      input.checkIns,
    )).get(id) ?? [];
  // Key results are looked up only as alignment targets: index just the ones linked to.
  const linked = new Set<string>();
  for (const o of input.objectives)
    if (o.alignedTo && o.alignedTo.kind !== 'objective') linked.add(o.alignedTo.id);
  const krById = new Map<string, KeyResult>();
  const krObjective = new Map<string, string>();
  for (const k of input.keyResults)
    if (linked.has(k.id)) {
      krById.set(k.id, k);
      krObjective.set(k.id, k.objectiveId);
    }
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
    daysOf,
    scoreByKr,
    statusContext: {
      cycle,
      today: input.today ?? input.generatedAt.slice(0, 10),
      staleDays: input.staleDays,
    },
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

  const today = index.statusContext.today;
  const kpis = reviewKpis(
    objectives,
    input.kpis ?? [],
    input.kpiCheckIns ?? [],
    today < cycle.end ? today : cycle.end,
    ownerName,
  );

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
    kpis,
  };
}
