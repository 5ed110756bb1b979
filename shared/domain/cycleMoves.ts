import { formatCount, formatDate, type LocaleTag } from '../format';
import {
  CYCLE_STATE_AFTER_IS,
  CYCLE_STATE_LABELS,
  daysLeft,
  nextCycleState,
  parseDate,
} from './cycle';
import type { Cycle, CycleState } from './model';
import { DEFAULT_STALE_DAYS } from './staleness';

/**
 * Moving a cycle between planning, active and review by hand: one step on, or one step back
 * for whoever moved too early. Closing is not a move: it freezes the cycle and carries work
 * over, so it has its own dialog and command; a closed cycle moves nowhere.
 */

const PREVIOUS: Record<CycleState, CycleState | null> = {
  planning: null,
  active: 'planning',
  review: 'active',
  closed: null,
};

/** The state one step back (review → active → planning); none from planning or closed. */
export const previousCycleState = (s: CycleState): CycleState | null => PREVIOUS[s];

const lower = (s: CycleState): string => CYCLE_STATE_LABELS[s].toLowerCase();

/** Why `cycle` may not move to `to`, in words; null when the move is allowed. */
export function cycleMoveRefusal(
  cycle: Pick<Cycle, 'name' | 'state'>,
  to: CycleState,
): string | null {
  if (cycle.state === 'closed') return `${cycle.name} is closed and cannot change`;
  if (to === cycle.state) return `${cycle.name} is already ${CYCLE_STATE_AFTER_IS[to]}`;
  if (to === 'closed') return `Closing ${cycle.name} goes through “Close cycle and carry over…”`;
  if (to === nextCycleState(cycle.state) || to === previousCycleState(cycle.state)) return null;
  return `${cycle.name} can move from ${lower(cycle.state)} only one step, not to ${lower(to)}`;
}

export interface CycleMoveText {
  /** The dialog's title, e.g. "Move Q4 2026 to Review". */
  title: string;
  /** The confirm button, e.g. "Move to Review". */
  confirm: string;
  /** One sentence: where the cycle goes and how much of its time is left. */
  summary: string;
  /** What changes for the people working in it. */
  consequences: string[];
  /** The message after the move, e.g. "Q4 2026 moved to Review". */
  done: string;
  /** The message after undoing it, e.g. "Q4 2026 is active again". */
  undone: string;
}

/** The end of the summary: " with 27 days left.", or when the cycle has not started or has ended. */
function timeLeft(cycle: Pick<Cycle, 'start' | 'end'>, today: string, locale: LocaleTag): string {
  if (today > cycle.end) return `; its last day, ${formatDate(cycle.end, locale)}, has passed.`;
  if (today < cycle.start) return ` before it starts on ${formatDate(cycle.start, locale)}.`;
  return ` with ${formatCount(daysLeft(cycle, parseDate(today)), 'day', locale)} left.`;
}

/**
 * What a move changes, in the words the dialog shows, from what each state does in Cairn:
 * only an active cycle flags silent key results as Stale and lets the coach check pace against
 * check-ins; check-ins and scores are accepted until the cycle is closed.
 */
export function describeCycleMove(
  cycle: Pick<Cycle, 'name' | 'state' | 'start' | 'end'>,
  to: Exclude<CycleState, 'closed'>,
  today: string,
  staleDays: number = DEFAULT_STALE_DAYS,
  locale: LocaleTag = '',
): CycleMoveText {
  const back = to === previousCycleState(cycle.state);
  const label = CYCLE_STATE_LABELS[to];
  const name = cycle.name;
  const left = timeLeft(cycle, today, locale);
  const title = back ? `Move ${name} back to ${label}` : `Move ${name} to ${label}`;
  const confirm = back ? `Move back to ${label}` : `Move to ${label}`;
  const done = back ? `${name} moved back to ${label}` : `${name} moved to ${label}`;
  const undone = `${name} is ${CYCLE_STATE_AFTER_IS[cycle.state]} again`;
  const silence = `a key result without a check-in for ${formatCount(staleDays, 'day', locale)} is flagged Stale`;
  if (to === 'active')
    return {
      title,
      confirm,
      done,
      undone,
      summary: back ? `${name} moves back to Active${left}` : `${name} becomes active${left}`,
      consequences: back
        ? [
            `Staleness flags return: ${silence}.`,
            'The coach checks pace and silence against check-ins again.',
            'Scores and retrospectives already written are kept.',
          ]
        : [
            `Check-ins start to count: ${silence}.`,
            'The coach checks pace and silence against check-ins.',
            'Objectives can still be added and changed.',
          ],
    };
  if (to === 'review')
    return {
      title,
      confirm,
      done,
      undone,
      summary: `${name} moves to Review${left}`,
      consequences: [
        'Staleness flags stop: no key result is flagged for silence any more.',
        'The coach stops checking pace and silence against check-ins.',
        'Score each key result and write the retrospective; check-ins are still accepted for late final values.',
        'Nothing is frozen until the cycle is closed.',
      ],
    };
  return {
    title,
    confirm,
    done,
    undone,
    summary: `${name} moves back to Planning${left}`,
    consequences: [
      'Staleness flags stop: no key result is flagged for silence.',
      'The coach stops checking pace against check-ins and reads the plan as a plan again.',
      'Check-ins already recorded are kept.',
    ],
  };
}
