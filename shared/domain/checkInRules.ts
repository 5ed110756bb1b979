import { format, isValid, parseISO } from 'date-fns';
import { formatDate, type LocaleTag } from '../format';
import { isoDate, type Cycle, type KeyResult, type Milestone } from './model';
import type { FieldErrors } from './validation';

/**
 * What a check-in must be, in words a person can act on: a number, a confidence from 0 to
 * 10, and a date inside the cycle that has already happened.
 */
export interface CheckInFields {
  value: unknown;
  confidence: unknown;
  at: string;
}

/** yyyy-mm-dd naming a day that exists (2026-02-31 does not, though Date.parse rolls it over). */
export function isRealDate(s: unknown): s is string {
  if (!isoDate.safeParse(s).success) return false;
  const d = parseISO(s as string);
  return isValid(d) && format(d, 'yyyy-MM-dd') === s;
}

export function checkInProblems(
  input: CheckInFields,
  cycle: Pick<Cycle, 'name' | 'start' | 'end'>,
  today: string,
  locale: LocaleTag = '',
): FieldErrors {
  const errors: FieldErrors = {};
  if (typeof input.value !== 'number' || !Number.isFinite(input.value))
    errors.value = 'Value must be a number';
  const c = input.confidence;
  if (
    c !== null &&
    c !== undefined &&
    (typeof c !== 'number' || !Number.isInteger(c) || c < 0 || c > 10)
  )
    errors.confidence = 'Confidence must be a whole number from 0 to 10';
  if (!isRealDate(input.at)) errors.at = 'Date must be a real date written yyyy-mm-dd';
  else if (input.at < cycle.start)
    errors.at = `Date is before ${cycle.name} starts (${formatDate(cycle.start, locale)})`;
  else if (input.at > today) errors.at = 'Date is in the future';
  // A reading after the end would move the review's "now" past the chart's last day.
  else if (input.at > cycle.end) errors.at = `The cycle ended on ${formatDate(cycle.end, locale)}`;
  return errors;
}

/**
 * One check-in as a person gives it: a value for a number, done for done / not done, or the
 * milestones they ticked or unticked (by milestone id) — with confidence, note and blockers.
 * Without `at` it is dated today.
 */
export interface CheckInEntry {
  value?: number;
  done?: boolean;
  milestoneTicks?: Record<string, boolean>;
  confidence?: number | null;
  note?: string;
  blockers?: string;
  at?: string;
}

export type ResolvedCheckIn =
  { ok: true; value: number; milestones: Milestone[] | null } | { ok: false; errors: FieldErrors };

/**
 * The value a check-in records, by the key result's kind. Ticking milestones sets them and
 * records how many are reached; a bare value on a milestones result is a dated count for the
 * history that leaves the ticks alone. Done / not done is 1 or 0.
 */
export function resolveCheckIn(
  kr: Pick<KeyResult, 'kind' | 'milestones'>,
  entry: CheckInEntry,
): ResolvedCheckIn {
  if (kr.kind === 'milestones' && entry.milestoneTicks) {
    const ticks = entry.milestoneTicks;
    const known = new Set(kr.milestones.map((m) => m.id));
    if (Object.keys(ticks).some((id) => !known.has(id)))
      return { ok: false, errors: { milestones: 'A ticked milestone no longer exists' } };
    const milestones = kr.milestones.map((m) => ({ ...m, done: ticks[m.id] ?? m.done }));
    return { ok: true, value: milestones.filter((m) => m.done).length, milestones };
  }
  if (kr.kind === 'binary' && entry.done !== undefined)
    return { ok: true, value: entry.done ? 1 : 0, milestones: null };
  const value = entry.value;
  if (typeof value !== 'number' || !Number.isFinite(value))
    return { ok: false, errors: { value: 'Value must be a number' } };
  if (kr.kind === 'binary' && value !== 0 && value !== 1)
    return { ok: false, errors: { value: 'Value must be 1 (done) or 0 (not done)' } };
  const n = kr.milestones.length;
  if (kr.kind === 'milestones' && (!Number.isInteger(value) || value < 0 || value > n))
    return {
      ok: false,
      errors: { value: `Value must be a whole number of milestones from 0 to ${n}` },
    };
  return { ok: true, value, milestones: null };
}
