import {
  checkLoops,
  checkReferences,
  describeProblem,
  findForbiddenKey,
  type BackupProblem,
} from './backupChecks';
import {
  BACKUP_TABLES,
  TABLE_SCHEMAS,
  emptyTables,
  primaryKey,
  type BackupTableName,
  type BackupTables,
} from './backupTables';
import { fieldLabel } from './validation';
import { MAX_OPEN_BYTES, tooLargeMessage } from '../fileLimits';

export { BACKUP_TABLES, describeCounts, countRows, type BackupTables } from './backupTables';
export { describeProblem, type BackupProblem } from './backupChecks';
export { MAX_OPEN_BYTES, MAX_OPEN_LABEL, tooLargeMessage } from '../fileLimits';

/**
 * The backup file: the whole workspace as one versioned JSON file. `restore` is the
 * only way in: every backup and every older format passes through it, is normalised to the
 * current format and validated before anything is written.
 */
export const BACKUP_FORMAT = 'cairn-backup';
export const BACKUP_FORMAT_VERSION = 2;
/** A text of at most this many characters; UTF-8 never has fewer bytes than characters. */
export const MAX_BACKUP_CHARS = MAX_OPEN_BYTES;

const MAX_PROBLEMS = 50;

export interface BackupMeta {
  appVersion: string;
  exportedAt: string;
}

export interface BackupFile extends BackupMeta {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  tables: BackupTables;
}

export type RestoreResult =
  | { ok: true; tables: BackupTables; meta: BackupMeta; formatVersion: number }
  | { ok: false; problems: BackupProblem[] };

/** JSON with object keys sorted at every level, so equal data always gives equal text. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(obj).sort()) {
    if (obj[key] !== undefined) parts.push(`${JSON.stringify(key)}:${canonical(obj[key])}`);
  }
  return `{${parts.join(',')}}`;
}

const byKey =
  (k: 'id' | 'key') =>
  (a: Record<string, unknown>, b: Record<string, unknown>): number => {
    const x = String(a[k]);
    const y = String(b[k]);
    return x < y ? -1 : x > y ? 1 : 0;
  };

/**
 * Writes a backup: tables in a fixed order, rows sorted by primary key, keys sorted, one
 * row a line. Backup → wipe → restore → backup gives the same text but for `exportedAt`.
 */
export function serializeBackup(
  tables: Partial<BackupTables>,
  meta: BackupMeta & { formatVersion?: number },
): string {
  const head = [
    `  "format": ${JSON.stringify(BACKUP_FORMAT)}`,
    `  "formatVersion": ${meta.formatVersion ?? BACKUP_FORMAT_VERSION}`,
    `  "appVersion": ${JSON.stringify(meta.appVersion)}`,
    `  "exportedAt": ${JSON.stringify(meta.exportedAt)}`,
  ];
  const body = BACKUP_TABLES.map((t) => {
    const rows = [...((tables[t] ?? []) as Record<string, unknown>[])].sort(byKey(primaryKey(t)));
    if (!rows.length) return `    ${JSON.stringify(t)}: []`;
    return `    ${JSON.stringify(t)}: [\n${rows.map((r) => `      ${canonical(r)}`).join(',\n')}\n    ]`;
  });
  return `{\n${head.join(',\n')},\n  "tables": {\n${body.join(',\n')}\n  }\n}\n`;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A raw file object on its way through the upgrade chain. */
export type RawBackup = Record<string, unknown> & { formatVersion: number };
export type Upgrade = (file: RawBackup) => RawBackup;

/**
 * Upgrades from format n to n + 1, keyed by n; older files walk the chain up to the current
 * version. Each step is pure and does to the file what the matching Dexie upgrade does.
 */
export const UPGRADES: Readonly<Record<number, Upgrade>> = {
  // Format 2 (schema version 3) adds the KPI tables; a format-1 workspace had none.
  1: (v1) => ({
    ...v1,
    formatVersion: 2,
    tables: isRecord(v1.tables) ? { kpis: [], kpiCheckIns: [], ...v1.tables } : v1.tables,
  }),
};

/** Brings an older file up to `current` through the chain; refuses newer or unknown ones. */
export function upgradeFormat(
  file: RawBackup,
  upgrades: Readonly<Record<number, Upgrade>> = UPGRADES,
  current = BACKUP_FORMAT_VERSION,
): { file: RawBackup } | { problem: BackupProblem } {
  const v = file.formatVersion;
  const problem = (message: string) => ({ problem: { field: 'formatVersion', message } });
  if (v === undefined || v === null)
    return problem('This file has no Cairn backup format version: it is not a Cairn backup');
  if (!Number.isInteger(v) || v < 1)
    return problem(`"${String(v)}" is not a backup format version`);
  if (v > current)
    return problem(
      `This backup was made by a newer Cairn (format ${v}; this Cairn reads up to ${current}). Update Cairn to restore it.`,
    );
  let cur = file;
  while (cur.formatVersion < current) {
    const step = upgrades[cur.formatVersion];
    if (!step) return problem(`Cannot read backup format ${cur.formatVersion}`);
    cur = step(cur);
  }
  return { file: cur };
}

const NON_FINITE = new Set(['NaN', 'Infinity', '+Infinity', '-Infinity']);

function rowMessage(issue: { code: string; message: string; path: PropertyKey[] }, row: unknown) {
  const field = issue.path.map(String).join('.');
  let v: unknown = row;
  for (const k of issue.path) v = isRecord(v) || Array.isArray(v) ? (v as never)[k] : undefined;
  const label = fieldLabel(String(issue.path[issue.path.length - 1] ?? field));
  if (typeof v === 'string' && NON_FINITE.has(v.trim()))
    return { field, message: `${label} must be a finite number, not "${v}"` };
  if (issue.code === 'invalid_type')
    return {
      field,
      message: v === undefined ? `${label} is missing` : `${label} has the wrong type`,
    };
  return { field, message: `${label} ${issue.message}` };
}

/** Validates and normalises every row of every table; duplicates are refused. */
function checkTables(raw: Record<string, unknown>, report: (p: BackupProblem) => void) {
  const tables = emptyTables();
  for (const name of Object.keys(raw))
    if (!(BACKUP_TABLES as readonly string[]).includes(name))
      report({
        table: name,
        message: findForbiddenKey({ [name]: 0 })
          ? 'is a key Cairn refuses'
          : 'is not a table Cairn knows',
      });
  for (const table of BACKUP_TABLES) {
    const rows = raw[table];
    if (rows === undefined) {
      report({ table, message: 'is missing from the backup' });
      continue;
    }
    if (!Array.isArray(rows)) {
      report({ table, message: 'must be a list of records' });
      continue;
    }
    const schema = TABLE_SCHEMAS[table];
    const key = primaryKey(table);
    const seen = new Set<string>();
    const out = tables[table] as unknown[];
    rows.forEach((row: unknown, index) => {
      const id = isRecord(row) && typeof row[key] === 'string' ? (row[key] as string) : undefined;
      if (!isRecord(row)) return report({ table, index, message: 'is not a record' });
      const bad = findForbiddenKey(row);
      if (bad) return report({ table, index, id, field: bad, message: 'is a key Cairn refuses' });
      const r = schema.safeParse(row);
      if (!r.success) {
        const first = r.error.issues[0]!;
        return report({ table, index, id, ...rowMessage(first, row) });
      }
      const pk = (r.data as Record<string, string>)[key]!;
      if (seen.has(pk))
        return report({ table, index, id: pk, field: key, message: `is used by two ${table}` });
      seen.add(pk);
      out.push(r.data);
    });
  }
  return tables as BackupTables;
}

/** Text that is not text at all: a NUL or an undecodable byte near the start. */
const looksBinary = (text: string): boolean => {
  const head = text.slice(0, 4096);
  return head.includes('\u0000') || head.includes('\uFFFD');
};

/** Why JSON.parse failed, in a few words and never quoting the file's bytes. */
function jsonFailure(text: string, err: unknown): string {
  if (!text.trim()) return 'it is empty';
  if (looksBinary(text)) return 'it holds binary data, not text';
  const m = err instanceof Error ? err.message : '';
  const at = /position (\d+)/.exec(m);
  const pos = at ? Number(at[1]) : null;
  // The parser gives up at the end of the text when the file was cut short.
  if (/end of JSON input|Unterminated/i.test(m) || (pos !== null && pos >= text.trimEnd().length))
    return 'it ends too early and may be cut short';
  return pos !== null
    ? `it stops making sense at character ${pos.toLocaleString('en')}`
    : 'it is not JSON';
}

function parseText(text: string, name: string): { value: unknown } | { problem: BackupProblem } {
  if (text.length > MAX_BACKUP_CHARS)
    return { problem: { message: tooLargeMessage(name, text.length) } };
  try {
    return { value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (err) {
    return { problem: { message: `${name} is not a JSON file: ${jsonFailure(text, err)}` } };
  }
}

const refuse = (...problems: BackupProblem[]): RestoreResult => ({ ok: false, problems });

/**
 * The one way a backup comes in: parses (text) or takes an already-parsed value, upgrades
 * older formats, validates every row with the model's schemas, and checks duplicates,
 * dangling ids, alignment loops and forbidden keys. Never throws; returns either the
 * normalised tables or the problems found (up to 50), each naming record and field.
 * `name` is how messages about the whole file call it (its file name).
 */
export function restore(input: string | unknown, name = 'This file'): RestoreResult {
  try {
    let parsed = input;
    if (typeof input === 'string') {
      const r = parseText(input, name);
      if ('problem' in r) return refuse(r.problem);
      parsed = r.value;
    }
    if (!isRecord(parsed) || parsed.format !== BACKUP_FORMAT)
      return refuse({ message: 'This is not a Cairn backup (it has no "format": "cairn-backup")' });
    for (const key of Object.keys(parsed)) {
      const bad = key === 'tables' ? null : findForbiddenKey({ [key]: parsed[key] });
      if (bad) return refuse({ field: bad, message: 'is a key Cairn refuses' });
    }
    const step = upgradeFormat(parsed as RawBackup);
    if ('problem' in step) return refuse(step.problem);
    const upgraded = step.file;
    if (!isRecord(upgraded.tables))
      return refuse({ field: 'tables', message: 'The backup has no tables' });
    const problems: BackupProblem[] = [];
    let more = 0;
    const report = (p: BackupProblem): void => {
      if (problems.length < MAX_PROBLEMS) problems.push(p);
      else more++;
    };
    const tables = checkTables(upgraded.tables, report);
    if (!problems.length) checkReferences(tables, report);
    if (!problems.length) checkLoops(tables, report);
    if (more) problems.push({ message: `…and ${more} more problems` });
    if (problems.length) return refuse(...problems);
    const meta = {
      appVersion: typeof upgraded.appVersion === 'string' ? upgraded.appVersion : 'unknown',
      exportedAt: typeof upgraded.exportedAt === 'string' ? upgraded.exportedAt : '',
    };
    return { ok: true, tables, meta, formatVersion: parsed.formatVersion as number };
  } catch (err) {
    return refuse({ message: `The backup could not be read: ${String(err)}` });
  }
}

/** The name the benchmark and the renderer call: parse + normalise + validate. */
export const parseBackup = restore;

/** Problems as lines a person reads. */
export const problemLines = (problems: readonly BackupProblem[]): string[] =>
  problems.map(describeProblem);

export type { BackupTableName };
