import { format, isValid, parseISO } from 'date-fns';
import { isoDate, type Cycle } from './model';
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
  cycle: Pick<Cycle, 'name' | 'start'>,
  today: string,
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
    errors.at = `Date is before ${cycle.name} starts (${cycle.start})`;
  else if (input.at > today) errors.at = 'Date is in the future';
  return errors;
}
