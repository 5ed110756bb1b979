import { ORG_LEVEL } from '../org';
import type { CoachObjective, CoachOrgUnit } from './types';

/**
 * What the focus and ownership rules know about owners, per objective: built once per run over
 * thousands of owners with two or three objectives each, so it keeps typed arrays rather than a
 * list per owner.
 */

/** More objectives than this for one owner in a cycle is too many ("Focus on important goals"). */
export const MAX_OBJECTIVES = 5;

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Array.prototype.sort, by insertion for the short lists an owner's objectives make (the
 * built-in sort sets up more for each call than a handful of items take); both are stable, so
 * the order is the same.
 */
function sortStably<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > 16) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    let j = i;
    for (; j > 0 && compare(items[j - 1]!, item) > 0; j--) items[j] = items[j - 1]!;
    items[j] = item;
  }
  return items;
}

/** Above this many objectives for one owner, ties are found with a map rather than pairwise. */
const PAIRWISE_TIES = 16;

/** Marks the objectives of one owner, at places[from…to), that share their rank (0 or none: unranked). */
function markTies(
  objectives: readonly CoachObjective[],
  places: Int32Array,
  from: number,
  to: number,
  tied: boolean[],
): void {
  if (to - from <= PAIRWISE_TIES) {
    for (let i = from + 1; i < to; i++) {
      const rank = objectives[places[i]!]!.rank;
      if (!rank) continue;
      for (let j = from; j < i; j++)
        if (objectives[places[j]!]!.rank === rank) tied[places[j]!] = tied[places[i]!] = true;
    }
    return;
  }
  const first = new Map<number, number>();
  for (let i = from; i < to; i++) {
    const place = places[i]!;
    const rank = objectives[place]!.rank;
    if (!rank) continue;
    const seen = first.get(rank);
    if (seen === undefined) first.set(rank, place);
    else tied[seen] = tied[place] = true;
  }
}

/**
 * The objectives' places grouped by owner (objectives without one together), in input order:
 * group g holds order[start[g]] … order[start[g + 1] - 1], and `owners[g]` is its owner.
 * Typed arrays rather than a list per owner: there are thousands of owners with two or three
 * objectives each.
 */
function byOwner(objectives: readonly CoachObjective[]) {
  const groupOf = new Int32Array(objectives.length);
  const numbers = new Map<string, number>();
  const owners: string[] = [];
  for (let i = 0; i < objectives.length; i++) {
    const owner = objectives[i]!.ownerId ?? '';
    let g = numbers.get(owner);
    if (g === undefined) numbers.set(owner, (g = owners.push(owner) - 1));
    groupOf[i] = g;
  }
  const start = new Int32Array(owners.length + 1);
  for (let i = 0; i < groupOf.length; i++) start[groupOf[i]! + 1]!++;
  for (let g = 0; g < owners.length; g++) start[g + 1]! += start[g]!;
  const order = new Int32Array(objectives.length);
  const filled = start.slice(0, owners.length);
  for (let i = 0; i < groupOf.length; i++) order[filled[groupOf[i]!]!++] = i;
  return { owners, start, order };
}

/**
 * Per objective, by its place in the input: its owner's org unit, how many objectives that
 * owner has, whether it shares its rank with another of them, and — only for owners with too
 * many — its place by rank; and the highest org level that owns any. Each owner's unit is looked
 * up once, and sorting only crowded owners' objectives keeps the common case linear.
 */
export function ownerIndexes(
  objectives: readonly CoachObjective[],
  orgById: ReadonlyMap<string, CoachOrgUnit> | null,
) {
  const { owners, start, order } = byOwner(objectives);
  const count = objectives.map(() => 0);
  const unit = objectives.map((): CoachOrgUnit | undefined => undefined);
  const tied = objectives.map(() => false);
  const position = objectives.map((): number | undefined => undefined);
  let topLevel = 4;
  for (let g = 0; g < owners.length; g++) {
    const owner = owners[g]!;
    const from = start[g]!;
    const to = start[g + 1]!;
    const u = owner ? orgById?.get(owner) : undefined;
    if (u) topLevel = Math.min(topLevel, ORG_LEVEL[u.kind]);
    for (let i = from; i < to; i++) {
      count[order[i]!] = to - from;
      unit[order[i]!] = u;
    }
    if (to - from > 1) markTies(objectives, order, from, to, tied);
    if (to - from <= MAX_OBJECTIVES) continue;
    const ranked = sortStably(Array.from(order.subarray(from, to)), (i, j) => {
      const a = objectives[i]!;
      const b = objectives[j]!;
      return (
        (a.rank || Infinity) - (b.rank || Infinity) ||
        cmp(a.createdAt ?? '', b.createdAt ?? '') ||
        cmp(a.id, b.id)
      );
    });
    ranked.forEach((place, i) => (position[place] = i + 1));
  }
  return { unit, count, tied, position, topLevel };
}
