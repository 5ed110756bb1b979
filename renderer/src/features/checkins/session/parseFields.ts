import { parseNumberInput } from '@shared/domain/validation';

/**
 * Typed text → the numbers a check-in carries. Text that is not a number becomes NaN, so the
 * shared check-in rules refuse it with the same message on every surface.
 */
export const valueFromText = (text: string): number => parseNumberInput(text) ?? NaN;

/** Empty means "no confidence given". */
export const confidenceFromText = (text: string): number | null =>
  text.trim() === '' ? null : (parseNumberInput(text) ?? NaN);
