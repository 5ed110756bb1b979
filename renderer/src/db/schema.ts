import Dexie, { type DexieOptions, type EntityTable, type Table } from 'dexie';
import { syncRecorder } from './sync/recorder';
import { ownerListKeeper } from './ownerListKeeper';
import { activeWorkspace } from '../workspaces/registry';
import type {
  MergedChange,
  SyncRecord,
  SyncSnapshot,
  SyncStateRow,
  SyncUpdate,
} from './sync/syncRows';
import type {
  CheckIn,
  Comment,
  Cycle,
  Dismissal,
  Initiative,
  KeyResult,
  Objective,
  OrgUnit,
  Retro,
  Score,
  Setting,
  Template,
  Vote,
} from '@shared/domain/model';
import type { Kpi, KpiCheckIn } from '@shared/domain/kpiModel';
import { countCycleOwners, type CycleOwners } from '@shared/domain/ownerList';

export const DB_NAME = 'cairn';

/**
 * Version 1 of the schema. Append-only: a change is a new `version(n)` with an upgrade, and
 * the old one stays here unchanged (see docs/decisions/0003-append-only-schema.md).
 * Every query a view makes has an index here; views never scan a table.
 */
export const SCHEMA_V1 = {
  orgUnits: 'id, parentId, kind',
  cycles: 'id, start, state',
  objectives: 'id, cycleId, ownerId, [cycleId+ownerId], alignedTo.id, carriedFromId',
  keyResults: 'id, objectiveId, cycleId, ownerId',
  checkIns: 'id, keyResultId, [keyResultId+at], ownerId, at',
  initiatives: 'id, keyResultId, ownerId',
  scores: 'id, cycleId, keyResultId',
  retros: 'id, cycleId, objectiveId',
  comments: 'id, objectiveId',
  votes: 'id, cycleId, objectiveId, [cycleId+voter]',
  dismissals: 'id, subjectId, ruleId',
  templates: 'id, category',
  settings: 'key',
} as const;

/**
 * Version 2: Cairn's own tables for team sync (docs/decisions/0007-sync-tables.md), this
 * machine's bookkeeping and never part of a backup. No workspace table changes, so there is
 * nothing to upgrade: a personal workspace's sync tables stay empty.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  syncUpdates: '++seq, [docName+seq]',
  syncSnapshots: 'docName',
  syncRecords: '[table+id], docName',
  syncState: 'key',
  mergedChanges: 'id, at, [table+recordId]',
} as const;

/**
 * Version 3: KPIs beside the OKRs (docs/decisions/0009-kpis.md). Two new workspace tables and
 * one new index; no record changes, so nothing to upgrade: an older workspace has no KPIs yet.
 * `kpis` by owner unit (the board); `kpiCheckIns` by [kpiId+at] (a KPI's history in order);
 * objectives by the KPIs they are meant to move (multi-entry `kpiIds`, the board's links).
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  objectives: `${SCHEMA_V2.objectives}, *kpiIds`,
  kpis: 'id, ownerId',
  kpiCheckIns: 'id, kpiId, [kpiId+at], ownerId',
} as const;

/**
 * Version 4: each cycle's owner list (docs/decisions/0010-owner-list.md), derived from the
 * objectives and kept with them in every write transaction (ownerListKeeper.ts), so the
 * Objectives list learns its groups from one row. Not part of a backup; the upgrade counts
 * it from the objectives already there. Also key results by their feed's file.
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  // The feed runner looks for key results fed from files when the workspace opens: by this
  // index it reads those few, not every key result (105,000 in the L benchmark).
  keyResults: `${SCHEMA_V3.keyResults}, feed.fileRef`,
  cycleOwners: 'cycleId',
} as const;

/** The workspace's tables: what a backup holds (versions 2 and 4 added only derived or sync data). */
const WORKSPACE_TABLES = {
  ...SCHEMA_V1,
  kpis: SCHEMA_V3.kpis,
  kpiCheckIns: SCHEMA_V3.kpiCheckIns,
} as const;
export type TableName = keyof typeof WORKSPACE_TABLES;
export const TABLE_NAMES = Object.keys(WORKSPACE_TABLES) as TableName[];

export class CairnDb extends Dexie {
  orgUnits!: EntityTable<OrgUnit, 'id'>;
  cycles!: EntityTable<Cycle, 'id'>;
  objectives!: EntityTable<Objective, 'id'>;
  keyResults!: EntityTable<KeyResult, 'id'>;
  checkIns!: EntityTable<CheckIn, 'id'>;
  initiatives!: EntityTable<Initiative, 'id'>;
  scores!: EntityTable<Score, 'id'>;
  retros!: EntityTable<Retro, 'id'>;
  comments!: EntityTable<Comment, 'id'>;
  votes!: EntityTable<Vote, 'id'>;
  dismissals!: EntityTable<Dismissal, 'id'>;
  templates!: EntityTable<Template, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  syncUpdates!: EntityTable<SyncUpdate, 'seq'>;
  syncSnapshots!: EntityTable<SyncSnapshot, 'docName'>;
  syncRecords!: Table<SyncRecord, [string, string]>;
  syncState!: EntityTable<SyncStateRow, 'key'>;
  mergedChanges!: EntityTable<MergedChange, 'id'>;
  kpis!: EntityTable<Kpi, 'id'>;
  kpiCheckIns!: EntityTable<KpiCheckIn, 'id'>;
  cycleOwners!: EntityTable<CycleOwners, 'cycleId'>;

  /** `options` lets restore and import open a strict-durability connection to the same data. */
  constructor(name = DB_NAME, options?: DexieOptions) {
    super(name, options);
    // A new version here is also LATEST_SCHEMA_VERSION (schemaVersion.ts): the early reads check it.
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2);
    this.version(3).stores(SCHEMA_V3);
    this.version(4)
      .stores(SCHEMA_V4)
      .upgrade(async (tx) => {
        const objectives = await tx.table('objectives').toArray();
        await tx.table('cycleOwners').bulkAdd(countCycleOwners(objectives));
      });
    this.use(syncRecorder);
    this.use(ownerListKeeper);
  }
}

/**
 * The app's one database: the active workspace's (personal is `cairn`, each team its own).
 * Switching workspaces reloads the window, so it is opened once. Tests make their own with
 * `new CairnDb(uniqueName)`.
 */
export const db = new CairnDb(activeWorkspace().dbName);
