import { afterEach, describe, expect, it, vi } from 'vitest';
import { CairnDb } from '../../../renderer/src/db/schema';
import { loadObjectiveHistory } from '../../../renderer/src/features/objectives/objectiveHistory';
import { ID, makeTeam, ops, settle } from './replicas';

/** The objective pane's History: who changed what, read from the documents a team syncs. */

const at = (hh: string) => vi.setSystemTime(new Date(`2026-12-03T${hh}:00.000Z`));
const texts = async (db: CairnDb, id: string) =>
  (await loadObjectiveHistory(db, id, 'en-GB'))?.lines.map((l) => l.text);

afterEach(() => void vi.useRealTimers());

describe('an objective’s history in a team workspace', () => {
  it("lists a teammate's change by name and mine as mine, newest first, on both", async () => {
    // Only Date is faked: fake-indexeddb needs real timers.
    vi.useFakeTimers({ toFake: ['Date'] });
    const [a, b] = await makeTeam(2);
    // Names come from the org tree, which the team shares.
    await a!.db.orgUnits.update(ID.people[1]!, { name: 'Ben' });
    at('08:00');
    await ops.addObjective(a!.db, 0, 'Grow');
    at('08:05');
    await ops.addKeyResult(a!.db, 0, 'Reach 100 MRR');
    await settle([a!, b!]);
    at('10:02');
    await ops.editObjective(b!.db, 0, { title: 'Grow revenue' });
    at('10:10');
    await ops.editKeyResult(a!.db, 0, 3);
    await settle([a!, b!]);

    const id = (await a!.db.objectives.toArray())[0]!.id;
    expect(await texts(a!.db, id)).toEqual([
      'You changed the weight of the key result “Reach 100 MRR”',
      'Ben changed the title',
      'You added the key result “Reach 100 MRR”',
      'You created the objective',
    ]);
    const theirs = await loadObjectiveHistory(b!.db, id, 'en-GB');
    expect(theirs?.lines.map((l) => l.text)).toEqual([
      `${ID.people[0]} changed the weight of the key result “Reach 100 MRR”`,
      'You changed the title',
      `${ID.people[0]} added the key result “Reach 100 MRR”`,
      `${ID.people[0]} created the objective`,
    ]);
    expect(theirs?.lines[1]?.when).toMatch(/3 Dec 2026/);
  });

  it('is not there in a personal workspace, and says a private objective keeps none', async () => {
    const personal = new CairnDb(`personal-history-${Date.now()}`);
    const [a] = await makeTeam(1);
    for (const db of [personal, a!.db]) await ops.addObjective(db, 0, 'Grow');
    const mine = (await personal.objectives.toArray())[0]!.id;
    expect(await loadObjectiveHistory(personal, mine, 'en-GB')).toBeNull();

    const id = (await a!.db.objectives.toArray())[0]!.id;
    await a!.db.objectives.update(id, { private: true });
    expect(await loadObjectiveHistory(a!.db, id, 'en-GB')).toEqual({ lines: [], private: true });
  });
});
