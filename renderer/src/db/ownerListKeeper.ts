import Dexie, {
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';
import {
  applyOwnerListChanges,
  changedCycles,
  ownerListChanges,
  type CountedObjective,
  type CycleOwners,
} from '@shared/domain/ownerList';

/**
 * Keeps each cycle's owner list (`cycleOwners`, shared/domain/ownerList.ts) equal to its
 * objectives: every write to `objectives` — a command, Undo, carry-over, closing a cycle,
 * import, restore, a teammate's change or a document reset — updates the list in the same
 * IndexedDB transaction, here below the commands, so no write path can forget it.
 */

export const OWNER_LIST_TABLE = 'cycleOwners';
const OBJECTIVES = 'objectives';

type Before = (CountedObjective | undefined)[];

/** `DBCoreRangeType.Any` (a const enum, which isolated modules cannot read). */
const ANY_RANGE = 3;

/**
 * Dexie's cache and hooks middlewares below and above read its async context, which a
 * native `await` does not carry: every step here chains on a Dexie promise instead.
 */
const inContext = <T>(p: PromiseLike<T>) => Dexie.Promise.resolve(p);

function rowsBefore(table: DBCoreTable, req: DBCoreMutateRequest): PromiseLike<Before> {
  const trans = req.trans;
  switch (req.type) {
    case 'add':
      return Dexie.Promise.resolve(req.values.map(() => undefined));
    case 'put':
      return table.getMany({ trans, keys: keysOf(table, req) });
    case 'delete':
      return table.getMany({ trans, keys: req.keys });
    case 'deleteRange':
      return table
        .query({ trans, query: { index: table.schema.primaryKey, range: req.range }, values: true })
        .then((r) => r.result as Before);
  }
}

const keysOf = (table: DBCoreTable, req: { keys?: unknown[]; values: readonly unknown[] }) =>
  req.keys ?? req.values.map((v) => table.schema.primaryKey.extractKey!(v));

/** Each written objective as it was and as it is now; failed operations left out. */
function writesOf(
  req: DBCoreMutateRequest,
  before: Before,
  res: DBCoreMutateResponse,
): [CountedObjective | undefined, CountedObjective | undefined][] {
  const after: Before =
    req.type === 'add' || req.type === 'put'
      ? (req.values as CountedObjective[])
      : before.map(() => undefined);
  const out: [CountedObjective | undefined, CountedObjective | undefined][] = [];
  before.forEach((b, i) => {
    if (req.type !== 'deleteRange' && res.failures[i]) return;
    out.push([b, after[i]]);
  });
  return out;
}

function updateOwnerList(
  down: DBCore,
  trans: DBCoreTransaction,
  writes: [CountedObjective | undefined, CountedObjective | undefined][],
): PromiseLike<unknown> {
  const changes = ownerListChanges(writes);
  if (!changes.length) return Dexie.Promise.resolve();
  const list = down.table(OWNER_LIST_TABLE);
  const keys = changedCycles(changes);
  return inContext(list.getMany({ trans, keys })).then((current: (CycleOwners | undefined)[]) => {
    const { put, remove } = applyOwnerListChanges(changes, current);
    const puts: PromiseLike<unknown> = put.length
      ? list.mutate({ type: 'put', trans, values: put })
      : Dexie.Promise.resolve();
    return inContext(puts).then(() =>
      remove.length ? list.mutate({ type: 'delete', trans, keys: remove }) : undefined,
    );
  });
}

function mutateAndKeep(
  down: DBCore,
  table: DBCoreTable,
  req: DBCoreMutateRequest,
): PromiseLike<DBCoreMutateResponse> {
  const trans = req.trans;
  // Clearing every objective (a restore) empties every owner list: nothing to read first.
  if (req.type === 'deleteRange' && req.range.type === ANY_RANGE)
    return inContext(table.mutate(req)).then((res) =>
      inContext(
        down.table(OWNER_LIST_TABLE).mutate({ type: 'deleteRange', trans, range: req.range }),
      ).then(() => res),
    );
  return inContext(rowsBefore(table, req)).then((before) =>
    inContext(table.mutate(req)).then((res) =>
      inContext(updateOwnerList(down, trans, writesOf(req, before, res))).then(() => res),
    ),
  );
}

/**
 * Sits between Dexie's cache and observability (level 0) and its hooks (level 2): the owner
 * list's own writes pass through the first two, so live queries reading it hear of them and
 * none serves a stale copy, and the hooks, which only know the tables a command named, do
 * not see the table added to its transaction here.
 */
export const ownerListKeeper: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'cairnOwnerList',
  level: 1.5,
  create(down) {
    if (!down.schema.tables.some((t) => t.name === OWNER_LIST_TABLE)) return {};
    return {
      ...down,
      transaction(stores, mode, options) {
        const widened =
          mode === 'readwrite' && stores.includes(OBJECTIVES) && !stores.includes(OWNER_LIST_TABLE)
            ? [...stores, OWNER_LIST_TABLE]
            : stores;
        return down.transaction(widened, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== OBJECTIVES) return table;
        return {
          ...table,
          mutate: (req) => mutateAndKeep(down, table, req) as Promise<DBCoreMutateResponse>,
        };
      },
    };
  },
};
