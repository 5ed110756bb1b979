import { dayNumber } from './history';
import type { Cycle, KeyResult } from './model';
import type { ProgressInput } from './progress';

/** Silence is never green: a key result nobody has looked at for a while is flagged. */

export const DEFAULT_STALE_DAYS = 14;

/** A stale-days setting as stored (anything) → a whole number of days from 1 to 365. */
export function normaliseStaleDays(value: unknown): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 365 ? n : DEFAULT_STALE_DAYS;
}

export interface StalenessInput {
  kr: Pick<KeyResult, 'kind' | 'current' | 'createdAt'> & Pick<ProgressInput, 'milestones'>;
  /** Date of the latest check-in (yyyy-MM-dd), or null if there has been none. */
  lastCheckInAt: string | null;
  cycle: Pick<Cycle, 'start' | 'end' | 'state'>;
  today: string;
  staleDays?: number;
}

/**
 * Days since someone last looked: since the latest check-in, or, without one, since the key
 * result appeared in the cycle (its creation, or the cycle's start if created before it).
 */
export function daysSinceCheckIn({ kr, lastCheckInAt, cycle, today }: StalenessInput): number {
  const created = kr.createdAt.slice(0, 10);
  const since = lastCheckInAt ?? (created > cycle.start ? created : cycle.start);
  return Math.max(0, dayNumber(today) - dayNumber(since));
}

/**
 * Stale once `staleDays` (default 14) have passed without a check-in while the cycle is
 * active and running, whatever the last value said: a number at its target can slip back. A
 * done/not-done result that is done, or milestones all reached, cannot go stale: there is
 * nothing left to report. The status everyone shows is `keyResultStatus` in status.ts.
 */
export function isStale(input: StalenessInput): boolean {
  const { kr, cycle, today } = input;
  if (cycle.state !== 'active' || today < cycle.start || today > cycle.end) return false;
  if (kr.kind === 'binary' && kr.current >= 1) return false;
  const ms = kr.milestones ?? [];
  if (kr.kind === 'milestones' && ms.length > 0 && ms.every((m) => m.done)) return false;
  return daysSinceCheckIn(input) >= (input.staleDays ?? DEFAULT_STALE_DAYS);
}
