import type { z } from 'zod';
import {
  checkInSchema,
  commentSchema,
  cycleSchema,
  dismissalSchema,
  initiativeSchema,
  keyResultSchema,
  objectiveSchema,
  orgUnitSchema,
  retroSchema,
  scoreSchema,
  settingSchema,
  templateSchema,
  voteSchema,
} from './model';
import { kpiCheckInSchema, kpiSchema } from './kpiModel';

/**
 * Every table of the workspace, in the order a backup writes them. Mirrors the Dexie
 * schema's TABLE_NAMES (a unit test keeps the two lists equal): shared/ cannot import Dexie.
 */
export const BACKUP_TABLES = [
  'orgUnits',
  'cycles',
  'objectives',
  'keyResults',
  'checkIns',
  'initiatives',
  'scores',
  'retros',
  'comments',
  'votes',
  'dismissals',
  'templates',
  'settings',
  'kpis',
  'kpiCheckIns',
] as const;
export type BackupTableName = (typeof BACKUP_TABLES)[number];

export const TABLE_SCHEMAS = {
  orgUnits: orgUnitSchema,
  cycles: cycleSchema,
  objectives: objectiveSchema,
  keyResults: keyResultSchema,
  checkIns: checkInSchema,
  initiatives: initiativeSchema,
  scores: scoreSchema,
  retros: retroSchema,
  comments: commentSchema,
  votes: voteSchema,
  dismissals: dismissalSchema,
  templates: templateSchema,
  settings: settingSchema,
  kpis: kpiSchema,
  kpiCheckIns: kpiCheckInSchema,
} as const satisfies Record<BackupTableName, z.ZodType>;

export type BackupTables = { [K in BackupTableName]: z.infer<(typeof TABLE_SCHEMAS)[K]>[] };

/** The primary key of each table: `id`, except settings, keyed by `key`. */
export const primaryKey = (table: BackupTableName): 'id' | 'key' =>
  table === 'settings' ? 'key' : 'id';

export const emptyTables = (): BackupTables =>
  Object.fromEntries(BACKUP_TABLES.map((t) => [t, []])) as unknown as BackupTables;

export const TABLE_LABELS: Record<BackupTableName, [string, string]> = {
  orgUnits: ['org unit', 'org units'],
  cycles: ['cycle', 'cycles'],
  objectives: ['objective', 'objectives'],
  keyResults: ['key result', 'key results'],
  checkIns: ['check-in', 'check-ins'],
  initiatives: ['initiative', 'initiatives'],
  scores: ['score', 'scores'],
  retros: ['retrospective', 'retrospectives'],
  comments: ['comment', 'comments'],
  votes: ['vote', 'votes'],
  dismissals: ['dismissed finding', 'dismissed findings'],
  templates: ['template', 'templates'],
  settings: ['setting', 'settings'],
  kpis: ['KPI', 'KPIs'],
  kpiCheckIns: ['KPI check-in', 'KPI check-ins'],
};

/** `12 objectives, 1 cycle, …` — what a backup holds, for the confirmation before restoring. */
export function describeCounts(counts: Partial<Record<BackupTableName, number>>): string {
  const parts = BACKUP_TABLES.filter((t) => (counts[t] ?? 0) > 0 && t !== 'settings').map((t) => {
    const n = counts[t]!;
    return `${n.toLocaleString('en')} ${TABLE_LABELS[t][n === 1 ? 0 : 1]}`;
  });
  return parts.length ? parts.join(', ') : 'nothing';
}

export const countRows = (tables: BackupTables): Record<BackupTableName, number> =>
  Object.fromEntries(BACKUP_TABLES.map((t) => [t, tables[t].length])) as Record<
    BackupTableName,
    number
  >;
