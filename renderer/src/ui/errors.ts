import { ValidationError } from '@shared/domain/validation';
import { useUi } from '../store/ui';

/** Shows a failed write to the user in words; a quota error gets its own plain message. */
export function reportError(err: unknown): void {
  useUi.getState().toast(describeError(err), 'error');
}

type Wrapped = { name?: string; message?: string; inner?: unknown; failures?: unknown };

/** The error itself and those Dexie wraps it in (AbortError.inner, ModifyError.failures). */
function causes(err: unknown, depth = 0): unknown[] {
  const e = err as Wrapped | null;
  if (!e || typeof e !== 'object' || depth > 4) return [err];
  const failures = e.failures && typeof e.failures === 'object' ? Object.values(e.failures) : [];
  return [err, ...[e.inner, ...failures].filter(Boolean).flatMap((c) => causes(c, depth + 1))];
}

export function describeError(err: unknown): string {
  const all = causes(err);
  const validation = all.find((c) => c instanceof ValidationError);
  if (validation) return (validation as ValidationError).message;
  if (all.some((c) => (c as Wrapped)?.name === 'QuotaExceededError'))
    return 'The disk is full: nothing was saved. Free some space and try again.';
  const e = err as Wrapped;
  return e?.message ? `Something went wrong: ${e.message}` : 'Something went wrong';
}

/** A rejected write's messages go next to their fields; any other failure to a toast. */
export function reportFieldErrors(
  err: unknown,
  setErrors: (errors: Record<string, string>) => void,
): void {
  if (err instanceof ValidationError) setErrors(err.errors);
  else reportError(err);
}
