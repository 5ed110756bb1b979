import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactDocument } from '../../../renderer/src/db/sync/compaction';
import { documentNames } from '../../../renderer/src/db/sync/teamSync';
import { backupOf, deliver, makeTeam, ops, outbox, settle, type Message } from './replicas';

/**
 * Replicas that make any sequence of edits, and receive each other's updates in any order,
 * some twice, end with the same workspace: the same rows in Dexie, the same backup.
 */

const title = fc.constantFrom('Grow', 'Delight users', 'Ship v2', 'Cut churn', 'Hire well');
const n = fc.nat(20);
const op = fc.oneof(
  fc.record({ k: fc.constant('addObjective' as const), a: n, t: title }),
  fc.record({ k: fc.constant('rename' as const), a: n, t: title }),
  fc.record({
    k: fc.constant('planState' as const),
    a: n,
    s: fc.constantFrom('draft', 'proposed', 'agreed'),
  }),
  fc.record({ k: fc.constant('align' as const), a: n, b: n }),
  fc.record({ k: fc.constant('deleteObjective' as const), a: n }),
  fc.record({ k: fc.constant('addKeyResult' as const), a: n, t: title }),
  fc.record({ k: fc.constant('weight' as const), a: n, w: fc.integer({ min: 0, max: 5 }) }),
  fc.record({ k: fc.constant('checkIn' as const), a: n, v: fc.integer({ min: 0, max: 100 }) }),
  fc.record({ k: fc.constant('moveUnit' as const), a: n, b: n }),
  fc.record({ k: fc.constant('addTeam' as const), a: n }),
  fc.record({ k: fc.constant('moveTeam' as const), a: n, b: n }),
  fc.record({ k: fc.constant('vote' as const), a: n }),
  fc.record({ k: fc.constant('comment' as const), a: n, t: title }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

function run(db: Parameters<typeof ops.addObjective>[0], o: Op) {
  switch (o.k) {
    case 'addObjective':
      return ops.addObjective(db, o.a, o.t);
    case 'rename':
      return ops.editObjective(db, o.a, { title: o.t });
    case 'planState':
      return ops.editObjective(db, o.a, { planState: o.s as 'draft' });
    case 'align':
      return ops.align(db, o.a, o.b);
    case 'deleteObjective':
      return ops.deleteObjective(db, o.a);
    case 'addKeyResult':
      return ops.addKeyResult(db, o.a, o.t);
    case 'weight':
      return ops.editKeyResult(db, o.a, o.w);
    case 'checkIn':
      return ops.checkIn(db, o.a, o.v);
    case 'moveUnit':
      return ops.moveUnit(db, o.a, o.b);
    case 'addTeam':
      return ops.addTeam(db, o.a);
    case 'moveTeam':
      return ops.moveTeam(db, o.a, o.b);
    case 'vote':
      return ops.vote(db, o.a, 'voter');
    case 'comment':
      return ops.comment(db, o.a, o.t);
  }
}

/**
 * One step: a replica edits, the network hands one message to one replica (maybe again), or
 * a replica compacts its documents in the middle of it all.
 */
const step = fc.oneof(
  { weight: 3, arbitrary: fc.record({ edit: op, on: fc.nat(2) }) },
  { weight: 2, arbitrary: fc.record({ deliver: fc.nat(1000), again: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ compact: fc.nat(2) }) },
);

describe('team sync convergence', () => {
  it('replicas converge to the same rows and the same backup, whatever the delivery order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 3 }),
        fc.array(step, { minLength: 5, maxLength: 30 }),
        fc.infiniteStream(fc.nat()),
        async (size, steps, shuffle) => {
          const replicas = await makeTeam(size);
          // One delivery per message and receiver, handed over in the order the steps pick.
          const inFlight: { m: Message; to: number }[] = [];
          const send = (ms: Message[]) =>
            inFlight.push(
              ...ms.flatMap((m) =>
                replicas.map((_, to) => ({ m, to })).filter((d) => d.to !== m.from),
              ),
            );
          for (const s of steps) {
            if ('edit' in s) {
              const from = s.on % size;
              await run(replicas[from]!.db, s.edit);
              send(await outbox(replicas, from));
            } else if ('compact' in s) {
              const r = replicas[s.compact % size]!;
              for (const name of await documentNames(r.db)) await compactDocument(r.db, name);
            } else if (inFlight.length) {
              const i = s.deliver % inFlight.length;
              const d = inFlight[i]!;
              await deliver(replicas, d.to, d.m);
              // Kept in flight when delivered "again": it will reach this replica twice.
              if (!s.again) inFlight.splice(i, 1);
            }
          }
          // The rest arrives in a shuffled order; repairs made on the way travel too.
          const order = inFlight.map((d, i) => ({ d, k: shuffle.next().value as number, i }));
          order.sort((x, y) => x.k - y.k || x.i - y.i);
          for (const { d } of order) await deliver(replicas, d.to, d.m);
          await settle(replicas);

          const backups = await Promise.all(replicas.map(backupOf));
          for (const b of backups.slice(1)) expect(b).toBe(backups[0]);
          const tables = replicas[0]!.db.tables
            .map((t) => t.name)
            .filter((t) => !t.startsWith('sync') && t !== 'mergedChanges');
          // Every row of every workspace table, not only what a backup holds.
          for (const t of tables) {
            const rows = await replicas[0]!.db.table(t).toArray();
            for (const r of replicas.slice(1))
              expect(await r.db.table(t).toArray(), t).toEqual(rows);
          }
          for (const r of replicas) r.db.close();
        },
      ),
      { numRuns: Number(process.env.SYNC_RUNS ?? 25) },
    );
  }, 120_000);
});
