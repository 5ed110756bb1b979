import type { KeyResult, ObjectiveType } from './model';
import { keyResultProgress, type ProgressInput } from './progress';

/**
 * End-of-cycle evaluation, as the method asks: compare the results with the goals, learn,
 * and start the next cycle better. Scores run 0.0–1.0 in steps of 0.1 (Google's convention).
 */

/**
 * Rounds to one decimal, half up (0.35 → 0.4, 0.65 → 0.7): every score, a key result's or an
 * objective's, is given with one decimal. The tiny nudge keeps 0.35, stored as 0.34999…, from
 * rounding down.
 */
export const roundScore = (x: number): number =>
  Number.isFinite(x) ? Math.round(Math.min(1, Math.max(0, x)) * 10 + 1e-9) / 10 : 0;

/** The score a key result is proposed at: its progress, rounded to 0.1. */
export const proposeScore = (kr: ProgressInput): number => roundScore(keyResultProgress(kr));

export interface ScoredKeyResult {
  weight: number;
  score: number;
}

/**
 * An objective's score: the weighted mean of its key results' scores (the plain mean when
 * every weight is 0), rounded to one decimal like every score; null when it has no key result.
 */
export function objectiveScore(krs: readonly ScoredKeyResult[]): number | null {
  if (krs.length === 0) return null;
  const total = krs.reduce((s, k) => s + Math.max(0, k.weight), 0);
  const mean =
    total === 0
      ? krs.reduce((s, k) => s + k.score, 0) / krs.length
      : krs.reduce((s, k) => s + k.score * Math.max(0, k.weight), 0) / total;
  return roundScore(mean);
}

export const BANDS = ['green', 'yellow', 'red'] as const;
export type Band = (typeof BANDS)[number];
export const BAND_LABELS: Record<Band, string> = {
  green: 'Green 0.7–1.0',
  yellow: 'Yellow 0.4–0.6',
  red: 'Red 0.0–0.3',
};

/**
 * Google's bands as the method states them: 0.0–0.3 red, 0.4–0.6 yellow, 0.7–1.0 green. A
 * score is banded as it is shown, rounded half up to one decimal, so the values between two
 * bands go to the nearer one by that rounding (0.65 → 0.7, green; 0.35 → 0.4, yellow) and
 * every score on screen sits inside the range its chip names.
 */
export function scoreBand(score: number): Band {
  const shown = roundScore(score);
  if (shown >= 0.7) return 'green';
  if (shown >= 0.4) return 'yellow';
  return 'red';
}

export type ExpectationKind = 'met' | 'postmortem' | 'healthy' | 'tooEasy' | 'low';

export interface Expectation {
  kind: ExpectationKind;
  /** Whether the review asks for a postmortem line (committed objectives below 1.0). */
  needsPostmortem: boolean;
  message: string;
}

/** An aspirational score from here up suggests the target was not much of a stretch. */
export const TOO_EASY_FROM = 0.9;
/** An aspirational score from here up to TOO_EASY_FROM is a healthy stretch. */
export const HEALTHY_FROM = 0.6;
/** The healthy stretch as every screen and report writes it ("0.6–0.8"). */
export const HEALTHY_RANGE = `${HEALTHY_FROM.toFixed(1)}–${(TOO_EASY_FROM - 0.1).toFixed(1)}`;

/**
 * What the score (as shown, one decimal) means for the objective's type. Committed objectives
 * are promises: anything below 1.0 is a miss and asks for a short postmortem. Aspirational
 * ones are stretches: 0.9 or more suggests the target may have been too easy, 0.6–0.8 is a
 * healthy stretch (around the 0.7 the method aims for), below that asks to learn why.
 */
export function expectationFor(type: ObjectiveType, score: number): Expectation {
  const shown = roundScore(score);
  if (type === 'committed') {
    return shown >= 1
      ? { kind: 'met', needsPostmortem: false, message: 'Committed and delivered in full.' }
      : {
          kind: 'postmortem',
          needsPostmortem: true,
          message:
            'Committed objectives are expected at 1.0: write a short postmortem of what fell short.',
        };
  }
  if (shown >= TOO_EASY_FROM)
    return {
      kind: 'tooEasy',
      needsPostmortem: false,
      message: `Aspirational at ${shown.toFixed(1)}: the target may have been too easy.`,
    };
  if (shown >= HEALTHY_FROM)
    return {
      kind: 'healthy',
      needsPostmortem: false,
      message: `Aspirational at ${shown.toFixed(1)}: a healthy stretch.`,
    };
  if (shown >= 0.4)
    return {
      kind: 'low',
      needsPostmortem: false,
      message: `Aspirational and below the healthy ${HEALTHY_RANGE}: note what held it back.`,
    };
  return {
    kind: 'low',
    needsPostmortem: false,
    message: 'Aspirational and far from its target: learn why before setting the next one.',
  };
}

/**
 * A hint for the whole set: when every aspirational objective scored 0.9 or more, the targets
 * were probably too easy to be aspirations. Null when there is nothing to say.
 */
export function aspirationalHint(
  objectives: readonly { type: ObjectiveType; score: number | null }[],
): string | null {
  const asp = objectives.filter((o) => o.type === 'aspirational' && o.score !== null);
  if (asp.length === 0 || !asp.every((o) => roundScore(o.score ?? 0) >= TOO_EASY_FROM)) return null;
  return asp.length === 1
    ? 'The one aspirational objective scored 0.9 or more: its target may have been too easy.'
    : `All ${asp.length} aspirational objectives scored 0.9 or more: the targets may have been too easy.`;
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
// Float sums such as 0.1 + 0.6 land just under 0.7: compare with a little slack.
const EPS = 1e-9;

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
        score: roundScore(mean(c.keyResults.map((k) => k.score))),
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
