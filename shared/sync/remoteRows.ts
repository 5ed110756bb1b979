import { z } from '../zod';
import { TABLE_SCHEMAS } from '../domain/backupTables';
import { fieldLabel } from '../domain/validation';
import { parseDocumentName } from './documentNames';
import type { Row, SyncedTable } from './recordDoc';

/**
 * What a row from a teammate must be before it is written here. Two levels, on purpose:
 * - its shape (every field of the model's zod schema: type, range, length) and its place
 *   (an org document holds only org units and cycles; a unit document only that owner's
 *   records of that cycle): a row failing these is a bad peer or a forged write, and the
 *   whole batch is refused;
 * - the rules across fields (an increase's target above its start, a cycle's end after its
 *   start): field-level merging can break them with two honest edits (one sets the start,
 *   the other the target), and every replica gets the same merged row, so refusing it would
 *   split the team. Such a row is written and listed for the user to fix.
 */

const TABLES_IN: Record<'org' | 'unit' | 'planning' | 'kpis', readonly SyncedTable[]> = {
  org: ['orgUnits', 'cycles'],
  unit: ['objectives', 'keyResults', 'checkIns', 'initiatives', 'scores', 'retros', 'dismissals'],
  planning: ['votes', 'comments'],
  kpis: ['kpis', 'kpiCheckIns'],
};

const shapeSchemas = new Map<SyncedTable, z.ZodType>();
/** The model's schema of a table without its cross-field rules. */
function shapeOf(table: SyncedTable): z.ZodType {
  let s = shapeSchemas.get(table);
  if (!s) {
    s = z.object((TABLE_SCHEMAS[table] as unknown as z.ZodObject).shape);
    shapeSchemas.set(table, s);
  }
  return s;
}

const TABLE_WORDS: Record<SyncedTable, string> = {
  orgUnits: 'org unit',
  cycles: 'cycle',
  objectives: 'objective',
  keyResults: 'key result',
  checkIns: 'check-in',
  initiatives: 'initiative',
  scores: 'score',
  retros: 'retrospective',
  comments: 'comment',
  votes: 'vote',
  dismissals: 'dismissed finding',
  kpis: 'KPI',
  kpiCheckIns: 'KPI check-in',
};

function issueText(table: SyncedTable, id: string, issue: z.core.$ZodIssue): string {
  const field = issue.path.map(String).join('.');
  const label = field ? fieldLabel(String(issue.path[issue.path.length - 1])) : 'it';
  const message =
    issue.code === 'invalid_type' ? 'is missing or has the wrong type' : issue.message;
  return `${TABLE_WORDS[table]} ${id}: ${label} ${message}`;
}

/** Null when a teammate's row may be written here; otherwise why not, naming record and field. */
export function refuseRemoteRow(docName: string, table: SyncedTable, row: Row): string | null {
  const name = parseDocumentName(docName);
  const where = `"${docName}"`;
  if (!name) return `${where} is not a document of a team workspace`;
  const id = typeof row.id === 'string' ? row.id : '(no id)';
  if (!TABLES_IN[name.kind].includes(table))
    return `${where} cannot hold ${TABLE_WORDS[table]} ${id}`;
  const r = shapeOf(table).safeParse(row);
  if (!r.success) return `In ${where}, ${issueText(table, id, r.error.issues[0]!)}`;
  if (name.kind === 'kpis' && row.ownerId !== name.ownerId)
    return `In ${where}, ${TABLE_WORDS[table]} ${id} belongs to another owner`;
  if (name.kind === 'unit') {
    if (row.ownerId !== name.ownerId)
      return `In ${where}, ${TABLE_WORDS[table]} ${id} belongs to another owner`;
    if ('cycleId' in row && row.cycleId !== name.cycleId)
      return `In ${where}, ${TABLE_WORDS[table]} ${id} belongs to another cycle`;
  }
  if (name.kind === 'planning' && table === 'votes' && row.cycleId !== name.cycleId)
    return `In ${where}, vote ${id} belongs to another cycle`;
  return null;
}

/** The cross-field rules a merged row breaks (empty when it keeps them all). */
export function mergedRowProblems(table: SyncedTable, row: Row): string[] {
  const r = TABLE_SCHEMAS[table].safeParse(row);
  return r.success ? [] : r.error.issues.map((i) => issueText(table, row.id, i));
}
