import { readFileSync } from 'node:fs';

/** The label vocabulary of the labelled OKR sets (see the fixtures' README). */
export const OBJECTIVE_LABELS = ['ok', 'vague', 'has_numbers', 'task_like'] as const;
export const KEY_RESULT_LABELS = [
  'measurable_outcome',
  'binary_outcome',
  'task_like',
  'unmeasurable',
  'has_deadline',
] as const;
/** Labels that mean "a coach would flag it"; the rest say it is fine or only name a date. */
export const NOT_FLAGGED = new Set(['ok', 'measurable_outcome', 'binary_outcome', 'has_deadline']);

export type ItemKind = 'objective' | 'key_result';

export interface LabelledItem {
  source: string;
  period: string;
  kind: ItemKind;
  text: string;
  line: number;
  labels: string[];
  note?: string;
  /** Optional expected numbers for a measurable key result; when absent they are read from the text. */
  expect?: { kind?: string; start?: number; target?: number; unit?: string };
}

export const isClose = (l: LabelledItem): boolean => /^Close:/i.test(l.note ?? '');
export const goldFlag = (l: LabelledItem): boolean => l.labels.some((x) => !NOT_FLAGGED.has(x));

/** Reads and checks a labels file; a wrong entry is named by its index and field. */
export function readLabels(file: string): LabelledItem[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`Cannot read labels from ${file}: ${(err as Error).message}`);
  }
  if (!Array.isArray(data)) throw new Error(`${file} must hold a JSON array of labelled items`);
  return data.map((raw: unknown, i): LabelledItem => {
    const x = raw as Partial<LabelledItem> | null;
    const bad = (field: string): never => {
      throw new Error(`${file}: item ${i} has no valid "${field}"`);
    };
    if (!x || typeof x !== 'object') return bad('item');
    if (typeof x.source !== 'string' || !x.source) bad('source');
    if (x.kind !== 'objective' && x.kind !== 'key_result') bad('kind');
    if (typeof x.text !== 'string') bad('text');
    if (typeof x.line !== 'number' || !Number.isInteger(x.line) || x.line < 1) bad('line');
    if (!Array.isArray(x.labels) || !x.labels.every((l) => typeof l === 'string')) bad('labels');
    return {
      source: x.source!,
      period: typeof x.period === 'string' ? x.period : '',
      kind: x.kind!,
      text: x.text!,
      line: x.line!,
      labels: x.labels!,
      note: typeof x.note === 'string' ? x.note : undefined,
      expect: x.expect && typeof x.expect === 'object' ? x.expect : undefined,
    };
  });
}
