import { parseNumberInput } from '../../../../../shared/domain/validation';

/** Typed text → numbers, with the message a person sees next to the field when it is not one. */

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export function parseValue(text: string): Parsed<number> {
  const n = parseNumberInput(text);
  return n === null ? { ok: false, error: 'Value must be a number' } : { ok: true, value: n };
}

/** Empty means "no confidence given"; anything else must be a whole number from 0 to 10. */
export function parseConfidence(text: string): Parsed<number | null> {
  if (text.trim() === '') return { ok: true, value: null };
  const n = parseNumberInput(text);
  if (n === null || !Number.isInteger(n) || n < 0 || n > 10)
    return { ok: false, error: 'Confidence must be a whole number from 0 to 10' };
  return { ok: true, value: n };
}
