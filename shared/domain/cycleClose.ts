import { formatDate, type LocaleTag } from '../format';
import type { Cycle, KeyResult, Objective, OrgKind, OrgUnit, Retro, Score } from './model';
import { flattenOrgTree } from './org';
import { expectationFor, objectiveScore, proposeScore, type Expectation } from './review';

/**
 * Reviews by unit, closing by the company. Each org unit that owns objectives in a cycle marks
 * its own review done (on its cycle retrospective); closing the cycle is one company-wide act,
 * refused while a unit has not reviewed, unless the person closing names those units.
 */

/** A unit's review, marked done: when, and by whom (an org unit, the person using Cairn). */
export interface ReviewMark {
  at: string;
  byId: string | null;
}

export interface CloseInput {
  cycle: Pick<Cycle, 'id' | 'name' | 'state'>;
  orgUnits: readonly OrgUnit[];
  /** Live objectives, key results, scores and retrospectives of the cycle. */
  objectives: readonly Objective[];
  keyResults: readonly KeyResult[];
  scores: readonly Score[];
  retros: readonly Retro[];
}

export interface NamedRecord {
  id: string;
  title: string;
}

/** What the close dialog lists for one unit that owns objectives in the cycle. */
export interface UnitReview {
  unitId: string;
  name: string;
  kind: OrgKind | null;
  /** Depth in the org tree, from the top, for indenting. */
  depth: number;
  objectives: number;
  reviewed: ReviewMark | null;
  /** Committed objectives below 1.0 whose retrospective says nothing about the miss. */
  postmortemsMissing: NamedRecord[];
  /** Key results nobody scored: closing freezes their proposed score. */
  unscored: NamedRecord[];
}

const live = <T extends { deletedAt?: string | null }>(rows: readonly T[]): T[] =>
  rows.filter((r) => !r.deletedAt);

/** The newest of several rows (by `updatedAt`): a synced copy never hides the latest one. */
function newest<T extends { updatedAt: string }>(rows: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const r of rows) if (!best || r.updatedAt > best.updatedAt) best = r;
  return best;
}

/** The unit's cycle retrospective (objectiveId null), where its review mark lives. */
export function cycleRetroOf(retros: readonly Retro[], unitId: string): Retro | undefined {
  return newest(live(retros).filter((r) => r.objectiveId === null && r.ownerId === unitId));
}

/** Whether the unit marked its review of the cycle done, and when and by whom. */
export function reviewMarkOf(retros: readonly Retro[], unitId: string): ReviewMark | null {
  const r = cycleRetroOf(retros, unitId);
  return r?.reviewedAt ? { at: r.reviewedAt, byId: r.reviewedBy ?? null } : null;
}

/** "Reviewed by Ana Sousa on 5 Dec 2026" (the date in the reader's time zone). */
export function describeReviewMark(
  mark: ReviewMark,
  nameOf: (id: string) => string | undefined,
  locale: LocaleTag = '',
) {
  const who = (mark.byId && nameOf(mark.byId)) || 'someone';
  const when = Number.isNaN(Date.parse(mark.at)) ? '' : ` on ${formatDate(mark.at, locale)}`;
  return `Reviewed by ${who}${when}`;
}

/**
 * Whether a committed objective still owes its postmortem: the method expects committed
 * objectives at 1.0, so below that the retrospective's "missed" line must say why.
 */
export const postmortemMissing = (
  expectation: Pick<Expectation, 'needsPostmortem'> | null,
  missed: string | undefined,
): boolean => !!expectation?.needsPostmortem && !missed?.trim();

/**
 * Every unit that owns live objectives in the cycle, in org-tree order, with its review mark,
 * its committed objectives without a postmortem and its key results without a score.
 */
export function unitReviews(input: CloseInput): UnitReview[] {
  const objectives = live(input.objectives).filter((o) => o.cycleId === input.cycle.id);
  const scored = new Map<string, number>();
  for (const s of live(input.scores))
    if (s.cycleId === input.cycle.id) scored.set(s.keyResultId, s.score);
  const krsOf = new Map<string, KeyResult[]>();
  for (const k of live(input.keyResults))
    krsOf.set(k.objectiveId, [...(krsOf.get(k.objectiveId) ?? []), k]);
  const liveRetros = live(input.retros).filter((r) => r.cycleId === input.cycle.id);
  const missedOf = (objectiveId: string): string | undefined =>
    newest(liveRetros.filter((r) => r.objectiveId === objectiveId))?.missed;

  const byOwner = new Map<string, Objective[]>();
  for (const o of objectives) byOwner.set(o.ownerId, [...(byOwner.get(o.ownerId) ?? []), o]);
  const tree = flattenOrgTree(live(input.orgUnits));
  const placed = tree.filter((r) => byOwner.has(r.unit.id));
  // An owner missing from the tree (deleted unit) is still listed, last: its objectives count.
  const orphans = [...byOwner.keys()].filter((id) => !placed.some((r) => r.unit.id === id));
  const top = Math.min(...placed.map((r) => r.depth));
  const rows = [
    ...placed.map((r) => ({
      id: r.unit.id,
      name: r.unit.name,
      kind: r.unit.kind,
      depth: r.depth - top,
    })),
    ...orphans.map((id) => ({ id, name: 'Unknown owner', kind: null, depth: 0 })),
  ];
  return rows.map(({ id, name, kind, depth }) => {
    const own = byOwner.get(id)!;
    const postmortems: NamedRecord[] = [];
    const unscored: NamedRecord[] = [];
    for (const o of own) {
      const krs = krsOf.get(o.id) ?? [];
      for (const k of krs) if (!scored.has(k.id)) unscored.push({ id: k.id, title: k.title });
      const score = objectiveScore(
        krs.map((k) => ({ weight: k.weight, score: scored.get(k.id) ?? proposeScore(k) })),
      );
      const expectation = score === null ? null : expectationFor(o.type, score);
      if (postmortemMissing(expectation, missedOf(o.id)))
        postmortems.push({ id: o.id, title: o.title });
    }
    return {
      unitId: id,
      name,
      kind,
      depth,
      objectives: own.length,
      reviewed: reviewMarkOf(liveRetros, id),
      postmortemsMissing: postmortems,
      unscored,
    };
  });
}

/**
 * Why the cycle cannot be closed at all, whatever the reviews say; null when closing may be
 * offered. A planning cycle has not run yet, and an empty one has nothing to close.
 */
export function closeUnavailable(
  cycle: Pick<Cycle, 'name' | 'state'>,
  objectiveCount: number,
): string | null {
  if (cycle.state === 'closed') return `${cycle.name} is already closed`;
  if (cycle.state === 'planning')
    return `${cycle.name} is still in planning: it runs and is reviewed before it is closed`;
  if (objectiveCount === 0) return `${cycle.name} has no objectives: there is nothing to close`;
  return null;
}

/** "Product", "Product and Growth", "Product, Growth and Mei Chen". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * Why closing is refused now, or null. Units that have not marked their review done block it,
 * unless every one of them is in `acceptUnreviewed`: the person closing saw them named and
 * chose to close without them (a unit that stopped reviewing since is not waved through).
 */
export function closeBlocker(
  input: CloseInput,
  acceptUnreviewed: readonly string[] = [],
): string | null {
  const units = unitReviews(input);
  const unavailable = closeUnavailable(input.cycle, units.length);
  if (unavailable) return unavailable;
  const accepted = new Set(acceptUnreviewed);
  const waiting = units.filter((u) => !u.reviewed && !accepted.has(u.unitId));
  if (!waiting.length) return null;
  const names = joinNames(waiting.map((u) => u.name));
  return `${names} ${waiting.length === 1 ? 'has' : 'have'} not marked ${waiting.length === 1 ? 'its' : 'their'} review done: each unit marks its review on its Review screen before the company closes ${input.cycle.name}`;
}
