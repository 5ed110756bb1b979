import type { z } from 'zod';

export type FieldErrors = Record<string, string>;

/** A rejected write: the field messages say what is wrong; nothing was written. */
export class ValidationError extends Error {
  constructor(readonly errors: FieldErrors) {
    super(Object.values(errors).join('; '));
    this.name = 'ValidationError';
  }
}

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

const LABELS: Record<string, string> = {
  title: 'Title',
  name: 'Name',
  start: 'Start',
  target: 'Target',
  current: 'Current value',
  weight: 'Weight',
  dueDate: 'Due date',
  end: 'End',
  value: 'Value',
  confidence: 'Confidence',
  at: 'Date',
  score: 'Score',
  direction: 'Direction',
  warningAt: 'Warning threshold',
  criticalAt: 'Critical threshold',
  healthyLimit: 'Healthy limit',
};

/** A field's label for messages: known names are spelled for people, others as given. */
export const fieldLabel = (path: string): string => LABELS[path] ?? path;

/** Turns zod issues into one readable message per field, e.g. `{ title: 'Title cannot be empty' }`. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    if (out[key]) continue;
    const label = fieldLabel(String(issue.path[issue.path.length - 1] ?? key));
    const msg =
      issue.code === 'invalid_type' ? 'has the wrong type' : issue.message || 'is not valid';
    out[key] = key === '_' ? msg : `${label} ${msg}`;
  }
  return out;
}

export function check<S extends z.ZodType>(schema: S, input: unknown): Checked<z.infer<S>> {
  const r = schema.safeParse(input);
  return r.success ? { ok: true, value: r.data } : { ok: false, errors: fieldErrors(r.error) };
}

/** Parses a number typed by a person: accepts `1,5` and spaces, refuses anything else. */
export function parseNumberInput(text: string): number | null {
  const t = text.trim().replace(/\s+/g, '').replace(',', '.');
  if (t === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}
