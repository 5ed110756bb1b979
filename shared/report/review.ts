import type {
  CheckIn,
  Cycle,
  KeyResult,
  KrKind,
  Objective,
  ObjectiveType,
  OrgKind,
  OrgUnit,
  Retro,
  Score,
} from '../domain/model';
import { parentObjectiveId } from '../domain/alignment';
import {
  expectedLine,
  objectiveProgressSeries,
  sortCheckIns,
  valueSeries,
  type HistoryCheckIn,
  type SeriesPoint,
} from '../domain/history';
import { flattenOrgTree, subtreeIds } from '../domain/org';
import { keyResultProgress } from '../domain/progress';
import {
  aspirationalHint,
  expectationFor,
  objectiveScore,
  proposeScore,
  scoreBand,
  type Band,
  type Expectation,
} from '../domain/review';

/**
 * The review report of one cycle for one scope (the whole company, a department's subtree,
 * one person): one model that the on-screen preview, the PDF and the Markdown all render.
 * Pure: the same input always gives the same report, so it is tested and benchmarked alone.
 */

export interface ReviewReportInput {
  cycle: Cycle;
  /** The org unit whose subtree the report covers; null for everyone. */
  scopeUnitId: string | null;
  orgUnits: readonly OrgUnit[];
  /** Live objectives, key results, check-ins, scores and retrospectives of the cycle. */
  objectives: readonly Objective[];
  keyResults: readonly KeyResult[];
  checkIns: readonly CheckIn[];
  scores: readonly Score[];
  retros: readonly Retro[];
  /** ISO timestamp printed on the cover. */
  generatedAt: string;
}

export interface RetroText {
  wentWell: string;
  missed: string;
  lessons: string;
  nextSteps: string;
}

export type { SeriesPoint };

export interface ReportKeyResult {
  id: string;
  title: string;
  kind: KrKind;
  start: number;
  target: number;
  current: number;
  unit: string;
  weight: number;
  progress: number;
  proposed: number;
  score: number;
  /** True when someone set the score; false when it is the proposed one. */
  scoreSet: boolean;
  reason: string;
  band: Band;
  /** Values over the cycle, oldest first, starting from the start value. */
  series: SeriesPoint[];
  /** Where the value should have gone by time elapsed; null for kinds without a path. */
  expected: { from: SeriesPoint; to: SeriesPoint } | null;
  dueDate: string | null;
}

export interface ReportObjective {
  id: string;
  title: string;
  description: string;
  type: ObjectiveType;
  ownerId: string;
  ownerName: string;
  ownerKind: OrgKind | null;
  /** Title of what it aligns to, when that is in this cycle. */
  alignedTo: string | null;
  carried: boolean;
  score: number | null;
  band: Band | null;
  expectation: Expectation | null;
  keyResults: ReportKeyResult[];
  /** Progress (0–1) over the cycle, a point on each day a key result moved. */
  progressSeries: SeriesPoint[];
  retro: RetroText | null;
}

export interface BandCounts {
  green: number;
  yellow: number;
  red: number;
  /** Objectives without key results: nothing to score. */
  unscored: number;
}

export interface UnitSummary {
  unitId: string;
  name: string;
  kind: OrgKind;
  depth: number;
  objectives: number;
  average: number | null;
  bands: BandCounts;
}

export interface TypeSummary {
  type: ObjectiveType;
  objectives: number;
  average: number | null;
  /** Committed: scored 1.0. Aspirational: 0.6 or more. */
  meetingExpectation: number;
}

export interface OutlineRow {
  objectiveId: string;
  depth: number;
  title: string;
  ownerName: string;
  score: number | null;
  band: Band | null;
  /** For a top row: the objective outside the scope it supports, if any. */
  supports: string | null;
}

export interface Lesson {
  /** The objective the lesson comes from, or the unit whose cycle retrospective it is. */
  source: string;
  text: string;
}

export interface ReviewReport {
  cover: {
    title: string;
    cycleName: string;
    cycleStart: string;
    cycleEnd: string;
    cycleState: Cycle['state'];
    scopeName: string;
    scopeKind: OrgKind | null;
    generatedAt: string;
  };
  summary: {
    objectives: number;
    keyResults: number;
    average: number | null;
    bands: BandCounts;
    /** Key results per score, 0.0 to 1.0 in steps of 0.1 (11 entries). */
    keyResultScores: { score: number; count: number }[];
    /** In org-tree order: the report never ranks people or teams by score. */
    byUnit: UnitSummary[];
    byType: TypeSummary[];
    postmortemsMissing: number;
    hint: string | null;
  };
  alignment: OutlineRow[];
  objectives: ReportObjective[];
  cycleRetro: RetroText | null;
  lessons: Lesson[];
}

const latestBy = <T extends { updatedAt: string }>(
  rows: readonly T[],
  key: (r: T) => string | null,
) => {
  const m = new Map<string, T>();
  for (const r of rows) {
    const k = key(r);
    if (k === null) continue;
    const cur = m.get(k);
    if (!cur || cur.updatedAt < r.updatedAt) m.set(k, r);
  }
  return m;
};

const group = <T>(rows: readonly T[], key: (r: T) => string): Map<string, T[]> => {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
};

const isEmptyRetro = (r: RetroText): boolean =>
  !r.wentWell.trim() && !r.missed.trim() && !r.lessons.trim() && !r.nextSteps.trim();

const retroText = (r: Retro | undefined): RetroText | null => {
  if (!r || r.deletedAt) return null;
  const t = { wentWell: r.wentWell, missed: r.missed, lessons: r.lessons, nextSteps: r.nextSteps };
  return isEmptyRetro(t) ? null : t;
};

/**
 * A key result's values over the cycle: the start value on the first day (unless a check-in
 * falls on it), then each day's last check-in up to the cycle's end.
 */
export function keyResultSeries(
  kr: Pick<KeyResult, 'kind' | 'start'>,
  cycle: Pick<Cycle, 'start' | 'end'>,
  checkIns: readonly HistoryCheckIn[],
): SeriesPoint[] {
  const out = valueSeries(sortCheckIns(checkIns.filter((c) => c.at <= cycle.end)));
  if (!out[0] || out[0].at > cycle.start)
    out.unshift({ at: cycle.start, value: kr.kind === 'milestones' ? 0 : kr.start });
  return out;
}

const emptyBands = (): BandCounts => ({ green: 0, yellow: 0, red: 0, unscored: 0 });
const addBand = (b: BandCounts, band: Band | null): void => {
  if (band) b[band] += 1;
  else b.unscored += 1;
};
const average = (xs: readonly (number | null)[]): number | null => {
  const v = xs.filter((x): x is number => x !== null);
  return v.length ? Math.round((v.reduce((s, x) => s + x, 0) / v.length) * 100) / 100 : null;
};

const EPS = 1e-9;

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

  const reportObjectives: ReportObjective[] = objectives.map((o) => {
    const krs = krsByObjective.get(o.id) ?? [];
    const keyResults: ReportKeyResult[] = krs.map((kr) => {
      const proposed = proposeScore(kr);
      const set = scoreByKr.get(kr.id);
      const score = set ? set.score : proposed;
      return {
        id: kr.id,
        title: kr.title,
        kind: kr.kind,
        start: kr.start,
        target: kr.target,
        current: kr.current,
        unit: kr.unit,
        weight: kr.weight,
        progress: keyResultProgress(kr),
        proposed,
        score,
        scoreSet: !!set,
        reason: set?.reason ?? '',
        band: scoreBand(score),
        series: keyResultSeries(kr, cycle, historyByKr.get(kr.id) ?? []),
        expected: expectedLine(kr, cycle),
        dueDate: kr.dueDate,
      };
    });
    const score = objectiveScore(keyResults);
    let alignedTo: string | null = null;
    if (o.alignedTo) {
      alignedTo =
        o.alignedTo.kind === 'objective'
          ? (allObjectives.get(o.alignedTo.id)?.title ?? null)
          : (krById.get(o.alignedTo.id)?.title ?? null);
    }
    return {
      id: o.id,
      title: o.title,
      description: o.description,
      type: o.type,
      ownerId: o.ownerId,
      ownerName: ownerName(o.ownerId),
      ownerKind: unitById.get(o.ownerId)?.kind ?? null,
      alignedTo,
      carried: !!o.carriedFromId,
      score,
      band: score === null ? null : scoreBand(score),
      expectation: score === null ? null : expectationFor(o.type, score),
      keyResults,
      progressSeries: krs.length ? objectiveProgressSeries(krs, historyByKr, cycle, cycle.end) : [],
      retro: retroText(retroByObjective.get(o.id)),
    };
  });

  // Summary
  const bands = emptyBands();
  for (const o of reportObjectives) addBand(bands, o.band);
  const keyResultScores = Array.from({ length: 11 }, (_, i) => ({ score: i / 10, count: 0 }));
  let krCount = 0;
  for (const o of reportObjectives)
    for (const k of o.keyResults) {
      krCount += 1;
      const bucket = keyResultScores[Math.round(k.score * 10)];
      if (bucket) bucket.count += 1;
    }
  const byOwner = group(reportObjectives, (o) => o.ownerId);
  const byUnit: UnitSummary[] = tree
    .filter((r) => byOwner.has(r.unit.id))
    .map(({ unit, depth }) => {
      const list = byOwner.get(unit.id)!;
      const b = emptyBands();
      for (const o of list) addBand(b, o.band);
      return {
        unitId: unit.id,
        name: unit.name,
        kind: unit.kind,
        depth,
        objectives: list.length,
        average: average(list.map((o) => o.score)),
        bands: b,
      };
    });
  // Indent from the scope's top: a department's report starts at the department.
  const topDepth = Math.min(...byUnit.map((u) => u.depth));
  for (const u of byUnit) u.depth -= topDepth;
  const byType: TypeSummary[] = (['committed', 'aspirational'] as const).map((type) => {
    const list = reportObjectives.filter((o) => o.type === type);
    return {
      type,
      objectives: list.length,
      average: average(list.map((o) => o.score)),
      meetingExpectation: list.filter(
        (o) => o.score !== null && o.score + EPS >= (type === 'committed' ? 1 : 0.6),
      ).length,
    };
  });

  // Alignment picture: the objectives in scope as a forest, parents before children.
  const kids = new Map<string | null, ReportObjective[]>();
  const supports = new Map<string, string | null>();
  for (const o of reportObjectives) {
    const parent = parentObjectiveId(allObjectives.get(o.id)?.alignedTo, krObjective);
    const key = parent && objectiveIds.has(parent) && parent !== o.id ? parent : null;
    if (key === null)
      supports.set(o.id, parent ? (allObjectives.get(parent)?.title ?? null) : null);
    const list = kids.get(key);
    if (list) list.push(o);
    else kids.set(key, [o]);
  }
  const alignment: OutlineRow[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number): void => {
    for (const o of kids.get(parent) ?? []) {
      if (seen.has(o.id)) continue;
      seen.add(o.id);
      alignment.push({
        objectiveId: o.id,
        depth,
        title: o.title,
        ownerName: o.ownerName,
        score: o.score,
        band: o.band,
        supports: depth === 0 ? (supports.get(o.id) ?? null) : null,
      });
      walk(o.id, depth + 1);
    }
  };
  walk(null, 0);
  // Objectives caught in a loop have no root to hang from: list them at the top level.
  for (const o of reportObjectives)
    if (!seen.has(o.id)) {
      seen.add(o.id);
      alignment.push({
        objectiveId: o.id,
        depth: 0,
        title: o.title,
        ownerName: o.ownerName,
        score: o.score,
        band: o.band,
        supports: null,
      });
      walk(o.id, 1);
    }

  // Retrospectives: the scope's own cycle retrospective, and lessons from everything in scope.
  const scopeOwner = scopeUnit?.id ?? cycle.ownerId;
  const cycleRetros = liveRetros
    .filter((r) => r.objectiveId === null && (!inScope || inScope.has(r.ownerId)))
    .sort(
      (a, b) => (treeOrder.get(a.ownerId) ?? Infinity) - (treeOrder.get(b.ownerId) ?? Infinity),
    );
  const cycleRetro = retroText(
    latestBy(
      cycleRetros.filter((r) => r.ownerId === scopeOwner),
      () => 'own',
    ).get('own'),
  );
  const lessons: Lesson[] = [];
  for (const o of reportObjectives)
    if (o.retro?.lessons.trim()) lessons.push({ source: o.title, text: o.retro.lessons.trim() });
  for (const r of latestBy(cycleRetros, (r) => r.ownerId).values())
    if (r.lessons.trim())
      lessons.push({ source: `${ownerName(r.ownerId)} (cycle)`, text: r.lessons.trim() });

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
    summary: {
      objectives: reportObjectives.length,
      keyResults: krCount,
      average: average(reportObjectives.map((o) => o.score)),
      bands,
      keyResultScores,
      byUnit,
      byType,
      postmortemsMissing: reportObjectives.filter(
        (o) => o.expectation?.needsPostmortem && !o.retro?.missed.trim(),
      ).length,
      hint: aspirationalHint(reportObjectives),
    },
    alignment,
    objectives: reportObjectives,
    cycleRetro,
    lessons,
  };
}

/** A score as people write it: 0.7, 0.65, 1.0. */
// Reports print tens of thousands of scores: the usual ones are looked up, not formatted.
const TENTHS = Array.from({ length: 11 }, (_, i) => (i / 10).toFixed(1));

export function formatScore(score: number | null): string {
  if (score === null) return '–';
  const hundredths = Math.round(score * 100);
  if (hundredths % 10 === 0 && hundredths >= 0 && hundredths <= 100)
    return TENTHS[hundredths / 10]!;
  return (hundredths / 100).toFixed(2);
}

/** A measured value without float noise: 4.2, 99.95, 1200. */
export function formatValue(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

/** `25 s`, `84 %`, or `3` when there is no unit. */
export const withUnit = (n: number, unit: string): string =>
  unit ? `${formatValue(n)} ${unit}` : formatValue(n);

export const TYPE_LABELS: Record<ObjectiveType, string> = {
  committed: 'Committed',
  aspirational: 'Aspirational',
};

export const TYPE_EXPECTATION: Record<ObjectiveType, string> = {
  committed: 'expected at 1.0',
  aspirational: 'healthy around 0.7',
};
