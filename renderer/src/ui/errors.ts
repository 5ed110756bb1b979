import { ValidationError } from '../db/records';
import { useUi } from '../store/ui';

/** Shows a failed write to the user in words; a quota error gets its own plain message. */
export function reportError(err: unknown): void {
  useUi.getState().toast(describeError(err), 'error');
}

export function describeError(err: unknown): string {
  if (err instanceof ValidationError) return err.message;
  const e = err as { name?: string; inner?: { name?: string }; message?: string };
  if (e?.name === 'QuotaExceededError' || e?.inner?.name === 'QuotaExceededError')
    return 'The disk is full: nothing was saved. Free some space and try again.';
  return e?.message ? `Something went wrong: ${e.message}` : 'Something went wrong';
}
