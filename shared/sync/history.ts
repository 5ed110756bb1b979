import { formatDateTime, type LocaleTag } from '../format';
import { mergedFieldName } from './mergedText';
import { isLocalField, type Edit, type SyncedTable } from './recordDoc';

/**
 * Who changed what in an objective, read from its document's `edits` map (recordDoc.ts):
 * per record and field, the last person who changed it and when — "Ben changed the title ·
 * 3 Dec 2026, 10:02" — newest first. The map keeps only the last change of each field, so
 * this is who touched what last, not every change ever made.
 */

export type HistoryTable = Extract<SyncedTable, 'objectives' | 'keyResults' | 'initiatives'>;

/** A record of the objective as it is now: the objective, a key result, an initiative. */
export interface HistoryRecord {
  table: HistoryTable;
  id: string;
  title: string;
  deletedAt?: string | null | undefined;
}

export interface HistoryPeople {
  /** The person using this workspace: their own edits read "You". */
  memberId: string;
  /** Org unit id → name. */
  names: ReadonlyMap<string, string>;
}

export interface HistoryLine {
  /** The edits key it was read from (`<table>/<id>/<field>`): stable, for React keys. */
  key: string;
  /** "Ben changed the title". */
  text: string;
  /** When, as stored (an ISO instant), and as a person reads it. */
  at: string;
  when: string;
}

/** Fields every write stamps: nobody "changed" them. */
const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt']);

/** Field names that read better than their stored name split into words. */
const FIELD_WORDS: Readonly<Record<string, string>> = {
  rank: 'order',
  alignedTo: 'alignment',
  kind: 'measure',
  kpiIds: 'linked KPIs',
  done: 'done mark',
};

const fieldWords = (field: string) => FIELD_WORDS[field] ?? mergedFieldName(field);

const RECORD_WORDS: Readonly<Record<HistoryTable, string>> = {
  objectives: 'objective',
  keyResults: 'key result',
  initiatives: 'initiative',
};

function whoText(by: string, people: HistoryPeople): string {
  if (by === people.memberId) return 'You';
  return people.names.get(by) ?? 'Someone no longer in the org tree';
}

function whatText(record: HistoryRecord, field: string): string {
  const kind = RECORD_WORDS[record.table];
  // The objective's own fields need no name: the pane is about it.
  const own = record.table === 'objectives';
  const named = own ? `the ${kind}` : `the ${kind} “${record.title}”`;
  if (field === '') return own ? `created ${named}` : `added ${named}`;
  if (field === 'deletedAt') return record.deletedAt ? `deleted ${named}` : `restored ${named}`;
  return own ? `changed the ${fieldWords(field)}` : `changed the ${fieldWords(field)} of ${named}`;
}

/** The history of an objective's records from the `edits` entries of their documents. */
export function objectiveHistory(
  edits: Iterable<readonly [string, Edit]>,
  records: readonly HistoryRecord[],
  people: HistoryPeople,
  locale: LocaleTag,
): HistoryLine[] {
  const byKey = new Map(records.map((r) => [`${r.table}/${r.id}`, r]));
  const lines: HistoryLine[] = [];
  for (const [key, edit] of edits) {
    const cut = key.lastIndexOf('/');
    const record = byKey.get(key.slice(0, cut));
    const field = key.slice(cut + 1);
    if (!record || BOOKKEEPING.has(field) || isLocalField(record.table, field)) continue;
    lines.push({
      key,
      text: `${whoText(edit.by, people)} ${whatText(record, field)}`,
      at: edit.at,
      when: formatDateTime(edit.at, locale),
    });
  }
  return lines.sort((a, b) => (a.at === b.at ? (a.key < b.key ? -1 : 1) : a.at < b.at ? 1 : -1));
}
