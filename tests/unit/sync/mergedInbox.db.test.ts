import { describe, expect, it } from 'vitest';
import { loadMergedInbox } from '../../../renderer/src/features/merged/mergedInbox';
import { keepMine, settleMergedChange } from '../../../renderer/src/db/sync/inbox';
import { reopenMergedChange, undoKeepMine } from '../../../renderer/src/db/sync/inboxUndo';
import { makeTeam, ops, settle } from './replicas';

async function concurrentTitles() {
  const [a, b] = await makeTeam(2);
  await ops.addObjective(a!.db, 0, 'Grow');
  await settle([a!, b!]);
  await ops.editObjective(a!.db, 0, { title: 'Grow revenue' });
  await ops.editObjective(b!.db, 0, { title: 'Grow profit' });
  await settle([a!, b!]);
  const winner = (await a!.db.objectives.toArray())[0]!.title;
  const [loser, won] = winner === 'Grow revenue' ? [b!, a!] : [a!, b!];
  // The winner as the org tree names them.
  await loser.db.orgUnits.update(won.memberId, { name: 'Mei Tanaka' });
  return { a: a!, b: b!, loser, won, winner };
}

describe('the Merged changes view’s inbox', () => {
  it('lists an overwritten title with the objective, both values and the teammate by name', async () => {
    const { loser, winner } = await concurrentTitles();
    const inbox = await loadMergedInbox(loser.db);
    expect(inbox.needsAttention).toEqual([]);
    expect(inbox.changes).toEqual([
      expect.objectContaining({
        kind: 'field',
        table: 'objectives',
        field: 'title',
        subject: winner,
        yours: winner === 'Grow revenue' ? 'Grow profit' : 'Grow revenue',
        theirs: winner,
        who: 'Mei Tanaka',
      }),
    ]);
  });

  it('lists a repair after a merge under Needs attention with its message', async () => {
    const [a, b] = await makeTeam(2);
    await ops.addObjective(a!.db, 0, 'Grow');
    await ops.addObjective(a!.db, 1, 'Ship');
    await settle([a!, b!]);
    await ops.align(a!.db, 0, 1);
    await ops.align(b!.db, 1, 0);
    await settle([a!, b!]);
    const both = [await loadMergedInbox(a!.db), await loadMergedInbox(b!.db)];
    const repairs = both.flatMap((i) => i.needsAttention);
    expect(repairs.length).toBeGreaterThan(0);
    expect(repairs.every((r) => r.kind === 'structure')).toBe(true);
    expect(repairs.some((r) => /alignment loop/.test(r.message ?? ''))).toBe(true);
    expect(both.flatMap((i) => i.changes).every((c) => c.kind === 'field')).toBe(true);
  });

  it('drops an entry once dismissed or kept, and brings it back when that is undone', async () => {
    const { loser, winner } = await concurrentTitles();
    const [entry] = (await loadMergedInbox(loser.db)).changes;
    await settleMergedChange(entry!.id, loser.db);
    expect((await loadMergedInbox(loser.db)).changes).toEqual([]);
    await reopenMergedChange(entry!.id, loser.db);
    expect((await loadMergedInbox(loser.db)).changes).toHaveLength(1);

    await keepMine(entry!.id, loser.db);
    expect((await loser.db.objectives.toArray())[0]!.title).toBe(entry!.yours);
    expect((await loadMergedInbox(loser.db)).changes).toEqual([]);
    await undoKeepMine(entry!.id, loser.db);
    expect((await loser.db.objectives.toArray())[0]!.title).toBe(winner);
    expect((await loadMergedInbox(loser.db)).changes).toHaveLength(1);
  });
});
