import { figuresOf } from '../format/keyResultReading';
import type { Cycle, KeyResult, Objective, OrgUnit, Retro, Score } from '../domain/model';
import {
  expectedLine,
  sortCheckIns,
  valueSeries,
  type HistoryCheckIn,
  type SeriesPoint,
} from '../domain/history';
import { keyResultProgress } from '../domain/progress';
import { expectationFor, objectiveScore, roundScore, scoreBand } from '../domain/review';
import { keyResultStatus, objectiveStatus, type StatusContext } from '../domain/status';
import { defineLazyField } from './lazyField';
import { progressSeries } from './reviewProgress';
import { retroText } from './reviewRetros';
import type { ReportKeyResult, ReportObjective } from './reviewTypes';

/** Each objective of the review report with its key results, scores, history and retro. */

/**
 * A key result's values over the cycle: the start value on the first day (unless a check-in
 * falls on it), then each day's last check-in up to the cycle's end.
 */
export function keyResultSeries(
  kr: Pick<KeyResult, 'kind' | 'start'>,
  cycle: Pick<Cycle, 'start' | 'end'>,
  checkIns: readonly HistoryCheckIn[],
): SeriesPoint[] {
  return fromStart(kr, cycle, valueSeries(sortCheckIns(checkIns.filter((c) => c.at <= cycle.end))));
}

/** The day values, led by the start value on the cycle's first day unless a day covers it. */
function fromStart(
  kr: Pick<KeyResult, 'kind' | 'start'>,
  cycle: Pick<Cycle, 'start'>,
  days: SeriesPoint[],
): SeriesPoint[] {
  if (days[0] && days[0].at <= cycle.start) return days;
  return [{ at: cycle.start, value: kr.kind === 'milestones' ? 0 : kr.start }, ...days];
}

/** The cycle's records, indexed once for every objective of the report. */
export interface ObjectiveIndex {
  cycle: Cycle;
  unitById: ReadonlyMap<string, OrgUnit>;
  /** Every objective of the input, in scope or not, for alignment titles. */
  allObjectives: ReadonlyMap<string, Objective>;
  /** Live key results of the objectives in scope, by rank. */
  krsByObjective: ReadonlyMap<string, KeyResult[]>;
  krById: ReadonlyMap<string, KeyResult>;
  /** A key result's value on each day it was checked in, up to the cycle's end. */
  daysOf: (keyResultId: string) => SeriesPoint[];
  scoreByKr: ReadonlyMap<string, Score>;
  /** The cycle, day and stale-after setting the statuses are read for. */
  statusContext: StatusContext;
  retroByObjective: ReadonlyMap<string, Retro>;
  ownerName: (id: string) => string;
}

/**
 * The latest check-in day on or before the report's day. Only a running cycle can go stale,
 * so only then are the check-ins read (the Markdown of a closed cycle never needs them).
 */
function lastCheckInOn(id: string, ix: ObjectiveIndex): string | null {
  const { cycle, today } = ix.statusContext;
  if (cycle.state !== 'active') return null;
  const days = ix.daysOf(id);
  for (let i = days.length - 1; i >= 0; i--) if (days[i]!.at <= today) return days[i]!.at;
  return null;
}

function reportKeyResult(kr: KeyResult, ix: ObjectiveIndex): ReportKeyResult {
  const progress = keyResultProgress(kr);
  // proposeScore(kr), without working out the progress twice.
  const proposed = roundScore(progress);
  const set = ix.scoreByKr.get(kr.id);
  // One decimal for every score: a score saved as 0.35 reads, and bands, as 0.4.
  const score = set ? roundScore(set.score) : proposed;
  // Built in key order; the fields after the lazy one are set after it (see defineLazyField).
  const row = {
    id: kr.id,
    title: kr.title,
    // The figures as every surface reads them (keyResultReading.ts).
    ...figuresOf(kr),
    weight: kr.weight,
    progress,
    proposed,
    score,
    scoreSet: !!set,
    reason: set?.reason ?? '',
    band: scoreBand(score),
    status: keyResultStatus(
      { kr, lastCheckInAt: lastCheckInOn(kr.id, ix), finalScore: set ? score : null },
      ix.statusContext,
    ),
  } as ReportKeyResult;
  // Charts read the series; the Markdown does not, so it is made on first read.
  defineLazyField(row, 'series', () => fromStart(kr, ix.cycle, ix.daysOf(kr.id)));
  row.expected = expectedLine(kr, ix.cycle);
  row.dueDate = kr.dueDate;
  return row;
}

/** One objective of the report. */
export function reportObjective(o: Objective, ix: ObjectiveIndex): ReportObjective {
  const { cycle } = ix;
  const krs = ix.krsByObjective.get(o.id) ?? [];
  const keyResults: ReportKeyResult[] = krs.map((kr) => reportKeyResult(kr, ix));
  const score = objectiveScore(keyResults);
  let alignedTo: string | null = null;
  if (o.alignedTo) {
    alignedTo =
      o.alignedTo.kind === 'objective'
        ? (ix.allObjectives.get(o.alignedTo.id)?.title ?? null)
        : (ix.krById.get(o.alignedTo.id)?.title ?? null);
  }
  const row = {
    id: o.id,
    title: o.title,
    description: o.description,
    type: o.type,
    ownerId: o.ownerId,
    ownerName: ix.ownerName(o.ownerId),
    ownerKind: ix.unitById.get(o.ownerId)?.kind ?? null,
    alignedTo,
    carried: !!o.carriedFromId,
    score,
    band: score === null ? null : scoreBand(score),
    expectation: score === null ? null : expectationFor(o.type, score),
    status: objectiveStatus(
      keyResults.map((k, i) => ({ kr: krs[i]!, status: k.status, finalScore: k.score })),
      ix.statusContext,
    ),
    keyResults,
  } as ReportObjective;
  // Charts read the progress line; the Markdown does not, so it is made on first read.
  defineLazyField(row, 'progressSeries', () =>
    krs.length
      ? progressSeries(
          krs,
          keyResults.map((k) => k.series),
          cycle,
          cycle.end,
        )
      : [],
  );
  row.retro = retroText(ix.retroByObjective.get(o.id));
  return row;
}
