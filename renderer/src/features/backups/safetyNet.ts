import type { DBCore, DBCoreMutateRequest, DBCoreTransaction, Middleware } from 'dexie';
import { ValidationError } from '../../db/records';

/**
 * A Dexie middleware that notices every write (so the automatic backup knows there is
 * something to save) and stops a mass delete — one transaction deleting more than half of
 * the records — until a backup of the current state exists. The refused transaction writes
 * nothing; a backup is started at once, and doing the delete again then goes ahead.
 */
export interface SafetyNetHooks {
  /** Any write happened. */
  onChange(): void;
  /** True when the latest backup holds the current state (no write since it was taken). */
  isBackedUp(): boolean;
  /** Records in the workspace, deleted ones included; null until known. */
  recordCount(): number | null;
  /** A mass delete was refused: take the backup now. */
  onMassDeleteRefused(): void;
}

export class MassDeleteError extends ValidationError {
  constructor() {
    super({
      _: 'That deletes more than half of your records, so Cairn is saving a backup first. Do it again in a moment to go ahead.',
    });
    this.name = 'MassDeleteError';
  }
}

/** Rows a mutation deletes: hard deletes, and soft deletes that set `deletedAt`. */
export function deletedRows(req: DBCoreMutateRequest, tableSize: number): number {
  if (req.type === 'delete') return req.keys.length;
  if (req.type === 'deleteRange') return tableSize;
  if (req.type !== 'put') return 0;
  if (req.changeSpec && req.changeSpec.deletedAt) return req.values.length;
  if (req.updates)
    return req.updates.changeSpecs.filter((c) => c && (c as { deletedAt?: unknown }).deletedAt)
      .length;
  return 0;
}

/** Deletes under this many rows never count as mass deletes, whatever the workspace size. */
const MIN_MASS_DELETE = 10;

export function safetyNetMiddleware(hooks: SafetyNetHooks): Middleware<DBCore> {
  const deleted = new WeakMap<DBCoreTransaction, number>();
  return {
    stack: 'dbcore',
    name: 'cairn-safety-net',
    create(down) {
      return {
        ...down,
        table(name) {
          const table = down.table(name);
          return {
            ...table,
            mutate(req) {
              const total = hooks.recordCount();
              const n = deletedRows(req, total ?? 0);
              if (n > 0 && total !== null) {
                const sum = (deleted.get(req.trans) ?? 0) + n;
                deleted.set(req.trans, sum);
                if (sum >= MIN_MASS_DELETE && sum > total / 2 && !hooks.isBackedUp()) {
                  hooks.onMassDeleteRefused();
                  return Promise.reject(new MassDeleteError());
                }
              }
              return table.mutate(req).then((res) => {
                hooks.onChange();
                return res;
              });
            },
          };
        },
      };
    },
  };
}
