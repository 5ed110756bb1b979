import { parseISO } from 'date-fns';
import { fractionElapsed } from './cycle';
import type { Cycle, KeyResult, KrKind } from './model';
import { keyResultProgress, objectiveProgress, type ProgressInput } from './progress';
import { objectiveScore, roundScore, scoreBand, type Band } from './review';
import { isStale, type StalenessInput } from './staleness';

/**
 * The status of a key result and of an objective, for a cycle and a date: the one rule every
 * surface (list, detail pane, check-in views, map cards and exports, weekly and review reports)
 * asks, so no two screens can disagree about the same key result.
 *
 * In order, the first that applies:
 * 1. the cycle is closed: the band of the final score (green, yellow, red);
 * 2. silent for the stale-after days while the cycle runs: stale (silence is never green);
 * 3. finished (done, every milestone reached, or an increase/decrease at its target): done;
 * 4. otherwise progress against the share of the cycle elapsed: on track within 10 points,
 *    at risk within 25, off track beyond; stay-above/below results by whether they hold.
 */

export const STATUSES = [
  'onTrack',
  'atRisk',
  'offTrack',
  'stale',
  'done',
  'green',
  'yellow',
  'red',
] as const;
export type Status = (typeof STATUSES)[number];
/** The statuses of a running cycle: what the progress rule gives before staleness and bands. */
export type ProgressStatus = 'onTrack' | 'atRisk' | 'offTrack';

export const STATUS_LABELS: Record<Status, string> = {
  onTrack: 'On track',
  atRisk: 'At risk',
  offTrack: 'Off track',
  stale: 'Stale',
  done: 'Done',
  green: 'Final: green',
  yellow: 'Final: yellow',
  red: 'Final: red',
};

/** The colour family a status is drawn in; a band shares the colour of its running status. */
export type StatusTone = 'good' | 'warn' | 'bad' | 'stale';
export const STATUS_TONES: Record<Status, StatusTone> = {
  onTrack: 'good',
  done: 'good',
  green: 'good',
  atRisk: 'warn',
  yellow: 'warn',
  offTrack: 'bad',
  red: 'bad',
  stale: 'stale',
};

const BAND_STATUS: Record<Band, Status> = { green: 'green', yellow: 'yellow', red: 'red' };

const clamp01 = (x: number): number => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/** Kinds whose progress is a state held over time rather than a distance covered. */
export const isHoldKind = (kind: KrKind): boolean => kind === 'stayAbove' || kind === 'stayBelow';

/**
 * Progress against time: on track within 10 points of the share of the cycle elapsed, at
 * risk within 25, off track beyond that.
 */
export function progressStatus(progress: number, elapsed: number): ProgressStatus {
  const gap = clamp01(elapsed) - clamp01(progress);
  if (gap <= 0.1) return 'onTrack';
  if (gap <= 0.25) return 'atRisk';
  return 'offTrack';
}

// A map asks for thousands of statuses on one day: work the share elapsed out once.
let lastElapsed = { key: '', value: 0 };
function elapsedOn(cycle: Pick<Cycle, 'start' | 'end'>, today: string): number {
  const key = `${cycle.start}|${cycle.end}|${today}`;
  if (lastElapsed.key !== key)
    lastElapsed = { key, value: fractionElapsed(cycle, parseISO(today)) };
  return lastElapsed.value;
}

/** When and where a status is read: the cycle, the day, and the stale-after setting. */
export interface StatusContext {
  cycle: Pick<Cycle, 'start' | 'end' | 'state'>;
  /** The day the status is for, yyyy-MM-dd. */
  today: string;
  /** Days without a check-in before a running key result is stale (default 14). */
  staleDays?: number;
}

export interface KeyResultStatusInput {
  kr: ProgressInput & Pick<KeyResult, 'createdAt'>;
  /** Date of the latest check-in on or before the day (yyyy-MM-dd), or null if none. */
  lastCheckInAt: string | null;
  /** The final score someone set; without one a closed cycle uses the proposed score. */
  finalScore?: number | null;
}

/** A finished key result: nothing is left to do, whatever the calendar says. */
function isFinished(kr: ProgressInput): boolean {
  return !isHoldKind(kr.kind) && keyResultProgress(kr) >= 1;
}

/** The final score of a key result: the one set in review, else its progress rounded. */
export const finalScoreOf = (kr: ProgressInput, set?: number | null): number =>
  set ?? roundScore(keyResultProgress(kr));

/** The status of one key result on `ctx.today` (see the order above). */
export function keyResultStatus(input: KeyResultStatusInput, ctx: StatusContext): Status {
  const { kr } = input;
  if (ctx.cycle.state === 'closed')
    return BAND_STATUS[scoreBand(finalScoreOf(kr, input.finalScore))];
  if (isStale(stalenessInput(input, ctx))) return 'stale';
  if (isFinished(kr)) return 'done';
  if (isHoldKind(kr.kind)) return keyResultProgress(kr) === 1 ? 'onTrack' : 'offTrack';
  return progressStatus(keyResultProgress(kr), elapsedOn(ctx.cycle, ctx.today));
}

/** What the staleness rule reads, for views that also say how many days it has been. */
export const stalenessInput = (
  input: KeyResultStatusInput,
  ctx: StatusContext,
): StalenessInput => ({
  kr: input.kr,
  lastCheckInAt: input.lastCheckInAt,
  cycle: ctx.cycle,
  today: ctx.today,
  staleDays: ctx.staleDays,
});

export interface ObjectiveStatusKr {
  kr: ProgressInput & Pick<KeyResult, 'weight'>;
  /** The key result's status from `keyResultStatus`, for the same context. */
  status: Status;
  finalScore?: number | null;
}

/**
 * The status of an objective from its key results; null when it has none (nothing to be on
 * track with).
 * - Closed cycle: the band of the objective's score (the weighted mean of its final scores).
 * - Every key result done: done.
 * - Otherwise its weighted progress against time, as for a key result — except that an
 *   objective that would read *on track* reads *stale* when any of its key results is stale:
 *   silence must never look green. At risk and off track stay as they are: they already ask
 *   for attention and say more than "stale" would.
 */
export function objectiveStatus(
  keyResults: readonly ObjectiveStatusKr[],
  ctx: StatusContext,
): Status | null {
  if (keyResults.length === 0) return null;
  if (ctx.cycle.state === 'closed') {
    const score = objectiveScore(
      keyResults.map((k) => ({ weight: k.kr.weight, score: finalScoreOf(k.kr, k.finalScore) })),
    );
    return score === null ? null : BAND_STATUS[scoreBand(score)];
  }
  if (keyResults.every((k) => k.status === 'done')) return 'done';
  const status = progressStatus(
    objectiveProgress(keyResults.map((k) => k.kr)),
    elapsedOn(ctx.cycle, ctx.today),
  );
  return status === 'onTrack' && keyResults.some((k) => k.status === 'stale') ? 'stale' : status;
}

/** The latest live check-in day of each key result on or before `today`, from loaded rows. */
export function lastCheckInDays(
  checkIns: readonly { keyResultId: string; at: string; deletedAt?: string | null }[],
  today: string,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of checkIns) {
    if (c.deletedAt || c.at > today) continue;
    const seen = out.get(c.keyResultId);
    if (!seen || seen < c.at) out.set(c.keyResultId, c.at);
  }
  return out;
}
