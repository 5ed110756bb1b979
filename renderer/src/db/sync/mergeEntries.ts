import type * as Y from 'yjs';
import {
  fieldItemId,
  fieldItemOrigin,
  lastEdit,
  readRecord,
  sameId,
  sameValue,
  type Row,
  type SyncedTable,
} from '@shared/sync/recordDoc';
import { resolveStructure, type StructureFix } from '@shared/sync/structure';
import type { CairnDb } from '../schema';
import { newId } from '../records';
import type { Tx } from './docStore';
import { markRemote, unmarkRemote } from './recorder';
import type { MergedChange, TeamSettings } from './syncRows';

/*
 * What a batch of a teammate's updates leaves for the Merged changes inbox: my edits it
 * overwrote, and the structural repairs the merge needed (applyRemote in teamSync.ts).
 */

/** Before a batch, for each field: who wrote it last, its value, and the Yjs item holding it. */
export function priorFieldState(before: Y.Doc) {
  return (table: SyncedTable, id: string, field: string) => ({
    value: readRecord(before, table, id)?.[field],
    edit: lastEdit(before, table, id, field),
    item: fieldItemId(before, table, id, field),
  });
}

/** Fields every edit stamps: not something a person edited, so never an inbox entry. */
const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt']);

/**
 * My edits this batch overwrote: fields whose value before was last written by me, which now
 * hold a teammate's value written without having seen mine (its Yjs origin is not my item).
 * A teammate who saw my value and changed it made a plain edit, not a merge.
 */
export function overwritten(
  doc: Y.Doc,
  prior: ReturnType<typeof priorFieldState>,
  docName: string,
  table: SyncedTable,
  row: Row,
  fields: Set<string>,
  team: TeamSettings,
): MergedChange[] {
  const out: MergedChange[] = [];
  for (const field of fields) {
    if (BOOKKEEPING.has(field)) continue;
    const was = prior(table, row.id, field);
    if (!was.edit || was.edit.by !== team.memberId || was.value === undefined) continue;
    if (sameValue(was.value, row[field])) continue;
    if (sameId(fieldItemOrigin(doc, table, row.id, field), was.item)) continue;
    const theirs = lastEdit(doc, table, row.id, field);
    out.push({
      id: newId(),
      kind: 'field',
      docName,
      table,
      recordId: row.id,
      field,
      yours: was.value,
      theirs: row[field],
      who: theirs?.by ?? null,
      at: theirs?.at ?? new Date().toISOString(),
      resolvedAt: null,
    });
  }
  return out;
}

export function structureEntry(
  docName: string,
  table: SyncedTable,
  recordId: string,
  message: string,
  field = '',
): MergedChange {
  return {
    id: newId(),
    kind: 'structure',
    docName,
    table,
    recordId,
    field,
    yours: null,
    theirs: null,
    who: null,
    at: new Date().toISOString(),
    message,
    resolvedAt: null,
  };
}

/**
 * Runs the structure rule on what the batch could have touched (the org tree, or the cycles
 * of the rows written) and writes its fixes as local edits.
 */
export async function repairStructure(
  database: CairnDb,
  tx: Tx,
  org: boolean,
  cycles: ReadonlySet<string>,
): Promise<StructureFix[]> {
  const fixes: StructureFix[] = [];
  if (org) {
    fixes.push(
      ...resolveStructure({
        orgUnits: await database.orgUnits.toArray(),
        objectives: [],
        keyResults: [],
      }),
    );
  }
  for (const cycleId of cycles) {
    const keyResults = await database.keyResults.where('cycleId').equals(cycleId).toArray();
    const krIds = keyResults.map((k) => k.id);
    fixes.push(
      ...resolveStructure({
        orgUnits: [],
        objectives: await database.objectives.where('cycleId').equals(cycleId).toArray(),
        keyResults,
        checkIns: await database.checkIns.where('keyResultId').anyOf(krIds).toArray(),
        initiatives: await database.initiatives.where('keyResultId').anyOf(krIds).toArray(),
      }),
    );
  }
  if (!fixes.length) return fixes;
  unmarkRemote(tx.trans);
  try {
    for (const f of fixes) await database.table(f.table).update(f.id, f.patch);
  } finally {
    markRemote(tx.trans);
  }
  return fixes;
}
