import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/src/db/schema';
import {
  createObjective,
  deleteObjective,
  moveObjectiveRank,
  updateObjective,
} from '../../../renderer/src/db/commands/objectives';
import { addOrgUnit } from '../../../renderer/src/db/commands/org';
import { createCycle } from '../../../renderer/src/db/commands/cycles';
import { carryOver } from '../../../renderer/src/db/commands/carryOver';
import { restoreDeleted, type DeletionToken } from '../../../renderer/src/db/commands/softDelete';
import { commitImport } from '../../../renderer/src/db/commands/backup';
import { ValidationError } from '../../../renderer/src/db/records';
import { countCycleOwners, type CycleOwners } from '../../../shared/domain/ownerList';
import { parseOkrMarkdown } from '../../../shared/domain/importMarkdown';
import { freshWorkspace } from './helpers';

// IndexedDB in memory and fast-check runs are slow on a shared 2-core machine.
vi.setConfig({ testTimeout: 120_000 });

const byCycle = (a: CycleOwners, b: CycleOwners) => a.cycleId.localeCompare(b.cycleId);

interface World {
  owners: string[];
  cycles: string[];
  deletions: DeletionToken[];
}

const IMPORTED =
  '### Grow the community\n- Meetups: 0 -> 10\n\n### Host a conference\n- Tickets: 0 -> 200\n';

const liveIds = async () =>
  (await db.objectives.toArray())
    .filter((o) => !o.deletedAt)
    .map((o) => o.id)
    .sort();
const pick = <T>(xs: readonly T[], n: number): T | undefined => xs[n % Math.max(1, xs.length)];

/** The writes a person (or a teammate, or the app) makes, each as the app makes it. */
const step = fc.oneof(
  fc.record({ kind: fc.constant('create'), owner: fc.nat(), cycle: fc.nat() }),
  fc.record({ kind: fc.constant('giveTo'), n: fc.nat(), owner: fc.nat() }),
  fc.record({ kind: fc.constant('intoCycle'), n: fc.nat(), cycle: fc.nat() }),
  fc.record({ kind: fc.constant('delete'), n: fc.nat() }),
  fc.record({ kind: fc.constant('undo') }),
  fc.record({ kind: fc.constant('rank'), n: fc.nat(), to: fc.nat({ max: 5 }) }),
  fc.record({ kind: fc.constant('carry'), n: fc.nat() }),
  fc.record({ kind: fc.constant('import'), owner: fc.nat() }),
  fc.record({ kind: fc.constant('erase'), n: fc.nat() }),
);
type Step = typeof step extends fc.Arbitrary<infer S> ? S : never;

async function run(w: World, s: Step): Promise<void> {
  const ids = await liveIds();
  switch (s.kind) {
    case 'create':
      await createObjective({
        title: 'Objective',
        ownerId: pick(w.owners, s.owner)!,
        cycleId: pick(w.cycles, s.cycle)!,
      });
      return;
    case 'giveTo': {
      const id = pick(ids, s.n);
      if (id) await updateObjective(id, { ownerId: pick(w.owners, s.owner)! });
      return;
    }
    case 'intoCycle': {
      // A teammate's change can move an objective between cycles: one write, no command.
      const id = pick(ids, s.n);
      if (id) await db.objectives.update(id, { cycleId: pick(w.cycles, s.cycle)! });
      return;
    }
    case 'delete': {
      const id = pick(ids, s.n);
      if (id) w.deletions.push(await deleteObjective(id));
      return;
    }
    case 'undo': {
      const token = w.deletions.pop();
      if (token) await restoreDeleted(token);
      return;
    }
    case 'rank': {
      const id = pick(ids, s.n);
      if (id) await moveObjectiveRank(id, s.to);
      return;
    }
    case 'carry': {
      const id = pick(ids, s.n);
      const o = id ? await db.objectives.get(id) : undefined;
      if (o) await carryOver(o.cycleId, [{ objectiveId: o.id, keyResultIds: [] }]);
      return;
    }
    case 'import':
      await commitImport(
        parseOkrMarkdown(IMPORTED),
        { cycleId: w.cycles[0]!, ownerId: pick(w.owners, s.owner)! },
        db,
      );
      return;
    case 'erase': {
      // Sync takes a record out for good when its document drops it.
      const id = pick(ids, s.n);
      if (id) await db.objectives.delete(id);
      return;
    }
  }
}

describe('the owner list', () => {
  it('stays equal to a recount of the objectives through any sequence of writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 14 }), async (steps) => {
        const { company, meId, cycle } = await freshWorkspace();
        const team = await addOrgUnit('team', 'Platform', company.id);
        const next = await createCycle(
          { name: 'Q1 2027', kind: 'quarter', start: '2027-01-01', end: '2027-03-31' },
          company.id,
        );
        const w: World = {
          owners: [company.id, meId, team.id],
          cycles: [cycle.id, next.id],
          deletions: [],
        };
        for (const s of steps) {
          try {
            await run(w, s);
          } catch (e) {
            // A refused command (e.g. carrying into a cycle that already holds the copy)
            // writes nothing; anything else is a failure.
            if (!(e instanceof ValidationError)) throw e;
          }
          const kept = (await db.cycleOwners.toArray()).sort(byCycle);
          expect(kept).toEqual(countCycleOwners(await db.objectives.toArray()).sort(byCycle));
        }
      }),
      { numRuns: 25 },
    );
  });
});
