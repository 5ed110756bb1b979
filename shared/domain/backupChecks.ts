import type { BackupTableName, BackupTables } from './backupTables';

/** What is wrong with a backup, naming the record (table + id or position) and the field. */
export interface BackupProblem {
  table?: string;
  /** 0-based position of the row in its table. */
  index?: number;
  id?: string;
  field?: string;
  message: string;
}

/** `objectives, row 4 (id 7f3…), field title: Title is longer than 500 characters`. */
export function describeProblem(p: BackupProblem): string {
  const where: string[] = [];
  if (p.table) where.push(p.index !== undefined ? `${p.table}, row ${p.index + 1}` : p.table);
  if (p.id) where.push(`(id ${p.id.length > 40 ? `${p.id.slice(0, 40)}…` : p.id})`);
  if (p.field) where.push(`field ${p.field}`);
  return where.length ? `${where.join(' ')}: ${p.message}` : p.message;
}

interface Ref {
  field: string;
  to: BackupTableName;
}

/** Links between records that must land on a record in the same backup. */
const REFERENCES: Partial<Record<BackupTableName, Ref[]>> = {
  orgUnits: [{ field: 'parentId', to: 'orgUnits' }],
  cycles: [{ field: 'ownerId', to: 'orgUnits' }],
  objectives: [
    { field: 'cycleId', to: 'cycles' },
    { field: 'ownerId', to: 'orgUnits' },
    { field: 'carriedFromId', to: 'objectives' },
  ],
  keyResults: [
    { field: 'objectiveId', to: 'objectives' },
    { field: 'cycleId', to: 'cycles' },
    { field: 'ownerId', to: 'orgUnits' },
  ],
  checkIns: [{ field: 'keyResultId', to: 'keyResults' }],
  initiatives: [{ field: 'keyResultId', to: 'keyResults' }],
  scores: [
    { field: 'keyResultId', to: 'keyResults' },
    { field: 'cycleId', to: 'cycles' },
  ],
  retros: [
    { field: 'cycleId', to: 'cycles' },
    { field: 'objectiveId', to: 'objectives' },
    { field: 'reviewedBy', to: 'orgUnits' },
  ],
  comments: [{ field: 'objectiveId', to: 'objectives' }],
  votes: [
    { field: 'objectiveId', to: 'objectives' },
    { field: 'cycleId', to: 'cycles' },
  ],
  kpis: [{ field: 'ownerId', to: 'orgUnits' }],
  kpiCheckIns: [{ field: 'kpiId', to: 'kpis' }],
};

type Row = Record<string, unknown>;
type Report = (p: BackupProblem) => void;

/** Every id a record points at exists in the backup (deleted records count: they are kept). */
export function checkReferences(tables: BackupTables, report: Report): void {
  const ids = {} as Record<BackupTableName, Set<string>>;
  const idsOf = (t: BackupTableName): Set<string> =>
    (ids[t] ??= new Set((tables[t] as Row[]).map((r) => r.id as string)));
  for (const [table, refs] of Object.entries(REFERENCES) as [BackupTableName, Ref[]][]) {
    (tables[table] as Row[]).forEach((row, index) => {
      for (const ref of refs) {
        const v = row[ref.field];
        if (typeof v === 'string' && !idsOf(ref.to).has(v))
          report({
            table,
            index,
            id: row.id as string,
            field: ref.field,
            message: `points to ${ref.to} "${v}", which is not in the backup`,
          });
      }
    });
  }
  tables.objectives.forEach((o, index) => {
    (o.kpiIds ?? []).forEach((kpiId, i) => {
      if (!idsOf('kpis').has(kpiId))
        report({
          table: 'objectives',
          index,
          id: o.id,
          field: `kpiIds.${i}`,
          message: `points to kpis "${kpiId}", which is not in the backup`,
        });
    });
    const a = o.alignedTo;
    if (!a) return;
    const to = a.kind === 'objective' ? 'objectives' : 'keyResults';
    if (!idsOf(to).has(a.id))
      report({
        table: 'objectives',
        index,
        id: o.id,
        field: 'alignedTo.id',
        message: `aligns to ${to} "${a.id}", which is not in the backup`,
      });
  });
}

/**
 * Loops in a forest given as child → parent: each returned loop lists its ids in order.
 * Linear: every node is walked once.
 */
export function findLoops(parentOf: ReadonlyMap<string, string | null>): string[][] {
  const state = new Map<string, 1 | 2>();
  const loops: string[][] = [];
  for (const start of parentOf.keys()) {
    if (state.has(start)) continue;
    const path: string[] = [];
    let cur: string | null | undefined = start;
    while (cur != null && parentOf.has(cur) && !state.has(cur)) {
      state.set(cur, 1);
      path.push(cur);
      cur = parentOf.get(cur);
    }
    if (cur != null && state.get(cur) === 1) loops.push(path.slice(path.indexOf(cur)));
    for (const id of path) state.set(id, 2);
  }
  return loops;
}

/** Alignment loops among objectives, and loops in the org tree: both are refused. */
export function checkLoops(tables: BackupTables, report: Report): void {
  const krObjective = new Map(tables.keyResults.map((k) => [k.id, k.objectiveId]));
  const parents = new Map<string, string | null>();
  for (const o of tables.objectives) {
    const a = o.alignedTo;
    parents.set(o.id, !a ? null : a.kind === 'objective' ? a.id : (krObjective.get(a.id) ?? null));
  }
  const index = new Map(tables.objectives.map((o, i) => [o.id, i]));
  for (const loop of findLoops(parents))
    report({
      table: 'objectives',
      index: index.get(loop[0]!),
      id: loop[0],
      field: 'alignedTo',
      message: `alignment makes a loop: ${[...loop, loop[0]].join(' → ')}`,
    });
  const units = new Map(tables.orgUnits.map((u) => [u.id, u.parentId]));
  const unitIndex = new Map(tables.orgUnits.map((u, i) => [u.id, i]));
  for (const loop of findLoops(units))
    report({
      table: 'orgUnits',
      index: unitIndex.get(loop[0]!),
      id: loop[0],
      field: 'parentId',
      message: `the org tree makes a loop: ${[...loop, loop[0]].join(' → ')}`,
    });
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 32;

/**
 * A key that could reach an object's prototype, or nesting deep enough to be an attack;
 * returns the path of the first one found. Walks own keys only, never the prototype.
 */
export function findForbiddenKey(value: unknown, path = '', depth = 0): string | null {
  if (value === null || typeof value !== 'object') return null;
  if (depth > MAX_DEPTH) return `${path || '(record)'} (nested more than ${MAX_DEPTH} deep)`;
  for (const key of Object.keys(value)) {
    const here = path ? `${path}.${key}` : key;
    if (FORBIDDEN_KEYS.has(key)) return here;
    const found = findForbiddenKey((value as Record<string, unknown>)[key], here, depth + 1);
    if (found) return found;
  }
  return null;
}
