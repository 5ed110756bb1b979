import type { KeyResult, Objective, Score } from './model';
import { keyResultProgress } from './progress';
import { objectiveScore, proposeScore } from './review';

/**
 * Carrying objectives into the next cycle. The person closing picks the objectives and, for
 * each, its key results; achieved ones are left behind unless ticked. A carried key result
 * starts the new cycle where the old one ended, with none of the old cycle's progress: a new
 * quarter never starts half done.
 */

const EPS = 1e-9;

/** Done, or scored 1.0 (the score set, else the one proposed from progress). */
export function isAchieved(
  kr: Pick<KeyResult, 'kind' | 'start' | 'target' | 'current' | 'milestones'>,
  score: number | null,
): boolean {
  return keyResultProgress(kr) + EPS >= 1 || (score ?? proposeScore(kr)) + EPS >= 1;
}

type CarryFields = Pick<KeyResult, 'start' | 'current' | 'target' | 'milestones' | 'confidence'>;

/**
 * Why a key result cannot be carried, or null. An increase or decrease that reached its
 * target would start at its target: with the target kept there is nothing left to measure.
 */
export function cannotCarry(
  kr: Pick<KeyResult, 'kind' | 'start' | 'target' | 'current' | 'title'>,
): string | null {
  if (kr.kind !== 'increase' && kr.kind !== 'decrease') return null;
  const ahead = kr.kind === 'increase' ? kr.current < kr.target : kr.current > kr.target;
  return ahead
    ? null
    : `“${kr.title}” already reached its target: carried from there it would have nothing left to measure. Add a key result with a new target in the next cycle instead`;
}

/**
 * A key result's values in the next cycle, from where it ended, at 0 % progress:
 * - increase / decrease: start = current = the last value, target kept;
 * - done / not done: not done;
 * - milestones: the same milestones, none ticked;
 * - stay above / stay below: current = start = the last value, threshold kept. A hold measures
 *   a state, not a distance, so it reads held (100 %) from day one if the value still holds:
 *   the only kind whose carried progress is not 0 %.
 * Confidence is cleared: the new cycle's first check-in gives it (calibration reads it).
 */
export function carriedKeyResult(kr: KeyResult): CarryFields {
  switch (kr.kind) {
    case 'binary':
      return {
        start: kr.start,
        current: kr.start,
        target: kr.target,
        milestones: [],
        confidence: null,
      };
    case 'milestones':
      return {
        start: 0,
        current: 0,
        target: kr.milestones.length,
        milestones: kr.milestones.map((m) => ({ ...m, done: false })),
        confidence: null,
      };
    default:
      return {
        start: kr.current,
        current: kr.current,
        target: kr.target,
        milestones: kr.milestones,
        confidence: null,
      };
  }
}

export interface CarryKeyResult {
  id: string;
  title: string;
  achieved: boolean;
  /** Why it cannot be carried (see `cannotCarry`), or null. */
  refusal: string | null;
  /** Ticked when its objective is picked: not achieved and carriable. */
  byDefault: boolean;
}

export interface CarryObjective {
  id: string;
  title: string;
  ownerId: string;
  /** The objective's score: its key results' scores set, else proposed; null without any. */
  score: number | null;
  keyResults: CarryKeyResult[];
}

/**
 * What the carry-over picker offers: the objectives in the order given, each with its key
 * results by rank, which are achieved, which cannot be carried, and which are ticked by default.
 */
export function carryCandidates(
  objectives: readonly Pick<Objective, 'id' | 'title' | 'ownerId'>[],
  keyResults: readonly KeyResult[],
  scores: readonly Pick<Score, 'keyResultId' | 'score' | 'deletedAt'>[],
): CarryObjective[] {
  const scoreOf = new Map<string, number>();
  for (const s of scores) if (!s.deletedAt) scoreOf.set(s.keyResultId, s.score);
  const krsOf = new Map<string, KeyResult[]>();
  for (const k of keyResults)
    if (!k.deletedAt) krsOf.set(k.objectiveId, [...(krsOf.get(k.objectiveId) ?? []), k]);
  return objectives.map((o) => {
    const krs = [...(krsOf.get(o.id) ?? [])].sort((a, b) => a.rank - b.rank);
    const rows = krs.map((k) => {
      const achieved = isAchieved(k, scoreOf.get(k.id) ?? null);
      const refusal = cannotCarry(k);
      return { id: k.id, title: k.title, achieved, refusal, byDefault: !achieved && !refusal };
    });
    return {
      id: o.id,
      title: o.title,
      ownerId: o.ownerId,
      score: objectiveScore(
        krs.map((k) => ({ weight: k.weight, score: scoreOf.get(k.id) ?? proposeScore(k) })),
      ),
      keyResults: rows,
    };
  });
}
