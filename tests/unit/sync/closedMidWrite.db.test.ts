import { describe, expect, it } from 'vitest';
import { CairnDb } from '../../../renderer/src/db/schema';
import { pendingUpdates } from '../../../renderer/src/db/sync/teamSync';
import { backupOf, ID, makeTeam, ops, outbox, settle } from './replicas';

/** Faults: the app closes while a write is on its way to the database. */

describe('a client closed mid-write', () => {
  it('sends its change on the next start, and the teammate gets it', async () => {
    const [a, b] = await makeTeam(2);
    await settle([a!, b!]);
    // The window closes while the write runs: the database closes under it.
    const writing = ops.addObjective(a!.db, 0, 'Written as the app quit');
    a!.db.close();
    await writing;

    const restarted = { ...a!, db: new CairnDb(a!.db.name) };
    const objective = (await restarted.db.objectives.toArray())[0];
    expect(objective?.title).toBe('Written as the app quit');
    expect(await pendingUpdates(restarted.db, `unit/${ID.people[0]}/${ID.cycle}`)).toHaveLength(1);
    await settle([restarted, b!]);
    expect((await b!.db.objectives.get(objective!.id))?.title).toBe('Written as the app quit');
    expect(await backupOf(b!)).toBe(await backupOf(restarted));
  });

  it('after a write that did not commit, has neither the row nor anything to send', async () => {
    const [a, b] = await makeTeam(2);
    await settle([a!, b!]);
    // Quitting in the middle of a transaction aborts it: the row and its update go together.
    await expect(
      a!.db.transaction('rw', a!.db.objectives, async () => {
        await ops.addObjective(a!.db, 0, 'Never saved');
        a!.db.close();
        throw new Error('The app quit');
      }),
    ).rejects.toThrow();
    const restarted = { ...a!, db: new CairnDb(a!.db.name) };
    expect(await restarted.db.objectives.count()).toBe(0);
    expect(await outbox([restarted, b!], 0)).toEqual([]);
  });
});
