import type { Objective, PlanState } from './model';

/**
 * The planning meeting's rules, after the method's "Seven steps to OKR meeting": proposals are
 * submitted, discussed and ranked by dot voting, confirmed, correlated top-down, and published.
 */

export const DEFAULT_DOT_BUDGET = 3;
export const MAX_DOT_BUDGET = 50;

export const PLAN_STATE_LABELS: Record<PlanState, string> = {
  draft: 'Draft',
  proposed: 'Proposed',
  agreed: 'Agreed',
  published: 'Published',
};

/** Where an objective may go from each planning state (back steps undo a decision). */
const TRANSITIONS: Record<PlanState, readonly PlanState[]> = {
  draft: ['proposed'],
  proposed: ['draft', 'agreed'],
  agreed: ['proposed', 'published'],
  published: ['agreed'],
};

export const canMovePlanState = (from: PlanState, to: PlanState): boolean =>
  TRANSITIONS[from].includes(to);

/**
 * The method's seven steps, by the leaf titles of "Seven steps to OKR meeting". `short` is
 * what a narrow window shows; it is a word of `label`, so the name a screen reader hears
 * still contains what is seen.
 */
export const SEVEN_STEPS = [
  {
    id: 'submit',
    leaf: 'Employee Submission Objectives',
    label: 'Submit proposals',
    short: 'Submit',
  },
  { id: 'discuss', leaf: 'Management Discussion', label: 'Discuss and vote', short: 'Vote' },
  {
    id: 'introduce',
    leaf: 'Management introduces the department',
    label: 'Introduce to departments',
    short: 'Introduce',
  },
  { id: 'confirm', leaf: 'CEO confirms', label: 'Confirm', short: 'Confirm' },
  {
    id: 'correlate',
    leaf: 'Top-down correlation',
    label: 'Top-down correlation',
    short: 'Top-down',
  },
  { id: 'personal', leaf: 'Personal OKR', label: 'Personal OKRs', short: 'Personal' },
  { id: 'publish', leaf: 'Plenary meeting', label: 'Publish', short: 'Publish' },
] as const;
export type StepId = (typeof SEVEN_STEPS)[number]['id'];

export interface VoteLike {
  objectiveId: string;
  voter: string;
  dots: number;
}

/** Voters are people typing their name: "Ana" and " ana " are one person. */
export const voterKey = (name: string): string => name.trim().toLowerCase();

export function dotsUsedBy(votes: readonly VoteLike[], voter: string): number {
  const key = voterKey(voter);
  return votes.reduce((n, v) => (voterKey(v.voter) === key ? n + v.dots : n), 0);
}

export function dotsByObjective(votes: readonly VoteLike[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const v of votes) m.set(v.objectiveId, (m.get(v.objectiveId) ?? 0) + v.dots);
  return m;
}

/** Why one more dot is refused, or null when the voter still has one. */
export function voteRefusal(
  votes: readonly VoteLike[],
  voter: string,
  budget: number,
): string | null {
  if (!voter.trim()) return 'Type your name before voting';
  const used = dotsUsedBy(votes, voter);
  if (used + 1 > budget)
    return `${voter.trim()} has used all ${budget} dot${budget === 1 ? '' : 's'}: take one back before voting again`;
  return null;
}

export interface RankedProposal {
  id: string;
  dots: number;
  /**
   * Another proposal has the same number of dots, and at least one: the order between them is
   * a person's call. Proposals nobody voted for are not tied, only unvoted.
   */
  tied: boolean;
}

/**
 * Proposals in vote order: most dots first; equal dots in the order people set by hand
 * (`handOrder`), then oldest first.
 */
export function voteOrder(
  proposals: readonly Pick<Objective, 'id' | 'createdAt'>[],
  votes: readonly VoteLike[],
  handOrder: readonly string[] = [],
): RankedProposal[] {
  const dots = dotsByObjective(votes);
  const hand = new Map(handOrder.map((id, i) => [id, i]));
  const count = new Map<number, number>();
  for (const p of proposals) {
    const d = dots.get(p.id) ?? 0;
    count.set(d, (count.get(d) ?? 0) + 1);
  }
  return [...proposals]
    .sort(
      (a, b) =>
        (dots.get(b.id) ?? 0) - (dots.get(a.id) ?? 0) ||
        (hand.get(a.id) ?? Infinity) - (hand.get(b.id) ?? Infinity) ||
        (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0),
    )
    .map((p) => {
      const d = dots.get(p.id) ?? 0;
      return { id: p.id, dots: d, tied: d > 0 && (count.get(d) ?? 0) > 1 };
    });
}

/**
 * The proposals in the order they are shown (`shown`, ids), with what the vote knows now
 * (`order`): a list that re-sorted on every dot would move the row under the voter's pointer,
 * so it keeps its order until people ask to sort. New proposals join at the end in vote
 * order; withdrawn ones leave.
 */
export function inShownOrder(
  shown: readonly string[],
  order: readonly RankedProposal[],
): RankedProposal[] {
  const byId = new Map(order.map((p) => [p.id, p]));
  const kept = shown.flatMap((id) => byId.get(id) ?? []);
  const seen = new Set(shown);
  return [...kept, ...order.filter((p) => !seen.has(p.id))];
}

/** Whether the list as shown is no longer in vote order (the votes moved since the last sort). */
export const isOutOfVoteOrder = (
  shown: readonly RankedProposal[],
  order: readonly RankedProposal[],
): boolean => shown.some((p, i) => p.id !== order[i]?.id);

/**
 * Moves a proposal one place up or down within its tie. Returns the new hand order (every
 * proposal's id in vote order), or null when there is no tied neighbour that way.
 */
export function breakTie(
  order: readonly RankedProposal[],
  id: string,
  direction: -1 | 1,
): string[] | null {
  const i = order.findIndex((p) => p.id === id);
  const j = i + direction;
  if (i < 0 || j < 0 || j >= order.length || order[j]!.dots !== order[i]!.dots) return null;
  const ids = order.map((p) => p.id);
  [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  return ids;
}

/**
 * Priorities from the vote: within each owner, voted proposals take ranks 1, 2, … in vote
 * order and the owner's other objectives follow in their current order. Returns only changes.
 */
export function ranksFromVotes(
  objectives: readonly Pick<Objective, 'id' | 'ownerId' | 'rank' | 'createdAt'>[],
  order: readonly string[],
): Map<string, number> {
  const pos = new Map(order.map((id, i) => [id, i]));
  const byOwner = new Map<string, (typeof objectives)[number][]>();
  for (const o of objectives) byOwner.set(o.ownerId, [...(byOwner.get(o.ownerId) ?? []), o]);
  const out = new Map<string, number>();
  for (const list of byOwner.values()) {
    list.sort(
      (a, b) =>
        (pos.get(a.id) ?? Infinity) - (pos.get(b.id) ?? Infinity) ||
        (a.rank || Infinity) - (b.rank || Infinity) ||
        (a.createdAt < b.createdAt ? -1 : 1),
    );
    list.forEach((o, i) => {
      if (o.rank !== i + 1) out.set(o.id, i + 1);
    });
  }
  return out;
}
