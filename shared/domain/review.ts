import type { KeyResult, ObjectiveType } from './model';
import { keyResultProgress, type ProgressInput } from './progress';

/**
 * End-of-cycle evaluation, as the method asks: compare the results with the goals, learn,
 * and start the next cycle better. Scores run 0.0–1.0 in steps of 0.1 (Google's convention).
 */

/** Rounds to one decimal, the precision a score is given in. */
export const roundScore = (x: number): number =>
  Number.isFinite(x) ? Math.round(Math.min(1, Math.max(0, x)) * 10) / 10 : 0;

/** The score a key result is proposed at: its progress, rounded to 0.1. */
export const proposeScore = (kr: ProgressInput): number => roundScore(keyResultProgress(kr));

export interface ScoredKeyResult {
  weight: number;
  score: number;
}

/**
 * An objective's score: the weighted mean of its key results' scores (the plain mean when
 * every weight is 0), to two decimals; null when it has no key result to score.
 */
export function objectiveScore(krs: readonly ScoredKeyResult[]): number | null {
  if (krs.length === 0) return null;
  const total = krs.reduce((s, k) => s + Math.max(0, k.weight), 0);
  const mean =
    total === 0
      ? krs.reduce((s, k) => s + k.score, 0) / krs.length
      : krs.reduce((s, k) => s + k.score * Math.max(0, k.weight), 0) / total;
  return Math.round(mean * 100) / 100;
}

export const BANDS = ['green', 'yellow', 'red'] as const;
export type Band = (typeof BANDS)[number];
export const BAND_LABELS: Record<Band, string> = {
  green: 'Green 0.7–1.0',
  yellow: 'Yellow 0.4–0.6',
  red: 'Red 0.0–0.3',
};

// Float sums such as 0.1 + 0.6 land just under 0.7; a score that prints as 0.7 must band as 0.7.
const EPS = 1e-9;

/**
 * Google's bands: 0.7–1.0 green, 0.4–0.6 yellow, 0.0–0.3 red. Each band starts at its lower
 * bound, so a score between two bands (an objective's weighted 0.65 or 0.35) falls into the
 * lower one: a band is earned by reaching it, never by rounding up.
 */
export function scoreBand(score: number): Band {
  if (score + EPS >= 0.7) return 'green';
  if (score + EPS >= 0.4) return 'yellow';
  return 'red';
}

export type ExpectationKind = 'met' | 'postmortem' | 'healthy' | 'reachedFully' | 'low';

export interface Expectation {
  kind: ExpectationKind;
  /** Whether the review asks for a postmortem line (committed objectives below 1.0). */
  needsPostmortem: boolean;
  message: string;
}

/**
 * What the score means for the objective's type. Committed objectives are promises: anything
 * below 1.0 is a miss and asks for a short postmortem. Aspirational ones are stretches: about
 * 0.7 is healthy, 1.0 asks whether the target was ambitious enough, below 0.4 asks to learn why.
 */
export function expectationFor(type: ObjectiveType, score: number): Expectation {
  if (type === 'committed') {
    return score + EPS >= 1
      ? { kind: 'met', needsPostmortem: false, message: 'Committed and delivered in full.' }
      : {
          kind: 'postmortem',
          needsPostmortem: true,
          message:
            'Committed objectives are expected at 1.0: write a short postmortem of what fell short.',
        };
  }
  if (score + EPS >= 1)
    return {
      kind: 'reachedFully',
      needsPostmortem: false,
      message: 'Aspirational and reached in full: was the target stretching enough?',
    };
  if (score + EPS >= 0.6)
    return {
      kind: 'healthy',
      needsPostmortem: false,
      message: 'Aspirational and around 0.7: a healthy stretch.',
    };
  if (score + EPS >= 0.4)
    return {
      kind: 'low',
      needsPostmortem: false,
      message: 'Aspirational and below the healthy 0.7: note what held it back.',
    };
  return {
    kind: 'low',
    needsPostmortem: false,
    message: 'Aspirational and far from its target: learn why before setting the next one.',
  };
}

/**
 * A hint for the whole set: when every aspirational objective scored 1.0, the targets were
 * probably too easy to be aspirations. Null when there is nothing to say.
 */
export function aspirationalHint(
  objectives: readonly { type: ObjectiveType; score: number | null }[],
): string | null {
  const asp = objectives.filter((o) => o.type === 'aspirational' && o.score !== null);
  if (asp.length === 0 || !asp.every((o) => (o.score ?? 0) + EPS >= 1)) return null;
  return asp.length === 1
    ? 'The one aspirational objective scored 1.0: its target may have been too easy.'
    : `All ${asp.length} aspirational objectives scored 1.0: the targets may have been too easy.`;
}

// ---- Calibration -----------------------------------------------------------------------

/**
 * The confidence given at planning for one key result: the confidence of its first check-in
 * (by date) that carried one, else the key result's own confidence. 0–10, or null.
 */
export function planningConfidence(
  kr: Pick<KeyResult, 'confidence'>,
  checkIns: readonly { at: string; createdAt?: string; confidence: number | null }[],
): number | null {
  let first: { at: string; createdAt?: string; confidence: number | null } | null = null;
  for (const c of checkIns) {
    if (c.confidence === null) continue;
    if (
      !first ||
      c.at < first.at ||
      (c.at === first.at && (c.createdAt ?? '') < (first.createdAt ?? ''))
    )
      first = c;
  }
  return first?.confidence ?? kr.confidence ?? null;
}

export interface CalibrationKr {
  /** 0–10, or null when none was given. */
  confidence: number | null;
  score: number;
}

export interface CalibrationCycleInput {
  cycleId: string;
  name: string;
  end: string;
  keyResults: readonly CalibrationKr[];
}

export interface CalibrationPoint {
  cycleId: string;
  name: string;
  end: string;
  /** Mean planning confidence as a share, 0–1; null when no key result had one. */
  confidence: number | null;
  /** Mean final score, 0–1. */
  score: number;
  keyResults: number;
  /** Every key result scored 1.0. */
  allFull: boolean;
}

export type CalibrationVerdict =
  'notEnoughHistory' | 'sandbagging' | 'overReach' | 'calibrated' | 'mixed';

export interface Calibration {
  points: CalibrationPoint[];
  verdict: CalibrationVerdict;
  message: string;
}

/** Confidence of 7 out of 10 or more counts as "high". */
const HIGH_CONFIDENCE = 0.7;
/** A mean score at or below this, despite the confidence given, is an over-reach. */
const LOW_SCORE = 0.4;
/** Fewer closed cycles than this is not a pattern yet. */
export const MIN_CALIBRATION_CYCLES = 2;

const mean = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;

/**
 * How one owner's confidence at planning compared with their final scores, cycle by cycle
 * (closed cycles only, oldest first). It is for the owner reading their own history, never
 * a comparison between people.
 * - Sandbagging: high confidence and every key result at 1.0, in every cycle — the targets
 *   were safe bets.
 * - Over-reach, the reverse: high confidence and low scores (≤ 0.4) in every cycle — the
 *   plans promised more than could be done.
 * - Calibrated: confidence and score within 0.2 of each other on average.
 */
export function calibrate(cycles: readonly CalibrationCycleInput[]): Calibration {
  const points: CalibrationPoint[] = [...cycles]
    .filter((c) => c.keyResults.length > 0)
    .sort((a, b) => a.end.localeCompare(b.end))
    .map((c) => {
      const given = c.keyResults.flatMap((k) => (k.confidence === null ? [] : [k.confidence / 10]));
      return {
        cycleId: c.cycleId,
        name: c.name,
        end: c.end,
        confidence: given.length ? Math.round(mean(given) * 100) / 100 : null,
        score: Math.round(mean(c.keyResults.map((k) => k.score)) * 100) / 100,
        keyResults: c.keyResults.length,
        allFull: c.keyResults.every((k) => k.score + EPS >= 1),
      };
    });
  const withConfidence = points.filter((p) => p.confidence !== null);
  if (withConfidence.length < MIN_CALIBRATION_CYCLES)
    return {
      points,
      verdict: 'notEnoughHistory',
      message: `Calibration needs at least ${MIN_CALIBRATION_CYCLES} closed cycles with confidence given at planning.`,
    };
  const high = withConfidence.every((p) => (p.confidence ?? 0) + EPS >= HIGH_CONFIDENCE);
  if (high && withConfidence.every((p) => p.allFull))
    return {
      points,
      verdict: 'sandbagging',
      message:
        'High confidence and 1.0 on every key result, every cycle: the targets may be safe bets. Try setting some that stretch.',
    };
  if (high && withConfidence.every((p) => p.score <= LOW_SCORE + EPS))
    return {
      points,
      verdict: 'overReach',
      message:
        'High confidence and low scores, every cycle: the plans promise more than can be done. Commit to less, or lower the confidence you give.',
    };
  const gap = mean(withConfidence.map((p) => Math.abs((p.confidence ?? 0) - p.score)));
  return gap <= 0.2 + EPS
    ? {
        points,
        verdict: 'calibrated',
        message: 'Confidence at planning and final scores are close: well calibrated.',
      }
    : {
        points,
        verdict: 'mixed',
        message: `Confidence at planning and final scores differ by ${Math.round(gap * 10) / 10} on average, with no steady pattern.`,
      };
}
