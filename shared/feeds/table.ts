/**
 * What every tabular reader (CSV, TSV, XLSX) hands the readings: a header and typed cells.
 * The cell kinds are the ones a reading has to tell apart to name what is wrong.
 */
export type Cell =
  | { kind: 'number'; value: number }
  | { kind: 'text'; text: string }
  | { kind: 'date'; iso: string }
  /** A spreadsheet formula saved without its computed value (nothing to read). */
  | { kind: 'formula'; formula: string }
  | { kind: 'empty' };

export interface Table {
  fileName: string;
  columns: string[];
  /** Data rows under the header; `rowNumbers[i]` is the row number a person sees in the file. */
  rows: Cell[][];
  rowNumbers: number[];
}

/** Why a file gives no number, in words that name the file, the column and the row. */
export interface FeedProblem {
  code:
    | 'gone'
    | 'access'
    | 'tooLarge'
    | 'unsupported'
    | 'damaged'
    | 'noRows'
    | 'missingColumn'
    | 'text'
    | 'formula'
    | 'emptyColumn'
    | 'dateColumn'
    | 'noDate';
  message: string;
}

export type FeedOutcome = { ok: true; value: number } | { ok: false; problem: FeedProblem };
export type TableOutcome = { ok: true; table: Table } | { ok: false; problem: FeedProblem };

export const problem = (code: FeedProblem['code'], message: string) =>
  ({ ok: false, problem: { code, message } }) as const;

const NUMBER = /^[-+]?[$€£¥]?\s?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?\s?%?$/;
const ISO_DAY = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+Z?)?$/;

/**
 * A cell from text, as a person typed it in a CSV: "1,204.50", "$300" and "12%" are numbers
 * (the symbols are formatting), "2026-11-02" is a date, anything else is text.
 */
export function cellFromText(raw: string): Cell {
  const s = raw.trim();
  if (s === '') return { kind: 'empty' };
  if (NUMBER.test(s) && /\d/.test(s)) {
    const n = Number(s.replace(/[$€£¥%,\s]/g, ''));
    if (Number.isFinite(n)) return { kind: 'number', value: n };
  }
  const d = ISO_DAY.exec(s);
  if (d && !Number.isNaN(Date.parse(d[1] + 'T00:00:00Z'))) return { kind: 'date', iso: d[1]! };
  return { kind: 'text', text: s };
}

/** How a cell reads in a message: its text, a date, or what it is. */
export function describeCell(c: Cell): string {
  switch (c.kind) {
    case 'number':
      return String(c.value);
    case 'text':
      return `'${c.text.length > 40 ? c.text.slice(0, 40) + '…' : c.text}'`;
    case 'date':
      return c.iso;
    case 'formula':
      return `the formula =${c.formula}`;
    case 'empty':
      return 'nothing';
  }
}
