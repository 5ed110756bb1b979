import { formatDate, formatDateTime, formatNumber, type LocaleTag } from '../format';

/**
 * How an entry of the Merged changes inbox reads to a person: which kind of record and field
 * changed, and the two values in words, never as stored ("2026-12-05", `true`, `null`).
 */

// By name, not typed on SyncedTable: a table added later reads as "Record" until named here.
const RECORD_NAMES: Readonly<Record<string, string>> = {
  orgUnits: 'Org unit',
  cycles: 'Cycle',
  objectives: 'Objective',
  keyResults: 'Key result',
  checkIns: 'Check-in',
  initiatives: 'Initiative',
  scores: 'Score',
  retros: 'Retrospective',
  comments: 'Comment',
  votes: 'Vote',
  dismissals: 'Dismissed finding',
};

/** The kind of record a table holds: "Key result". */
export const mergedRecordName = (table: string): string => RECORD_NAMES[table] ?? 'Record';

/** A stored field name as words: `dueDate` → "due date", `ownerId` → "owner". */
export function mergedFieldName(field: string): string {
  const words = field
    .replace(/Ids?$/, (m) => (m === 'Ids' ? 's' : ''))
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words || field;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** One value of a merged field as a person reads it. */
export function mergedValueText(value: unknown, locale: LocaleTag): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return formatNumber(value, locale);
  if (typeof value === 'string') {
    if (DAY.test(value)) return formatDate(value, locale);
    if (MOMENT.test(value)) return formatDateTime(value, locale);
    return value;
  }
  if (Array.isArray(value))
    return value.length ? value.map((v) => mergedValueText(v, locale)).join(', ') : '(none)';
  return JSON.stringify(value);
}
