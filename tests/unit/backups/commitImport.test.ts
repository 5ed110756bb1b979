import { describe, expect, it } from 'vitest';
import { commitImport, restoreBackup } from '../../../renderer/src/db/commands/backup';
import { ValidationError } from '../../../renderer/src/db/records';
import { parseOkrMarkdown } from '../../../shared/domain/importMarkdown';
import { fixtureText, freshDb, snapshot } from './helpers';

const Q4 = '00000000-0000-4000-8000-000000000011';
const Q3_CLOSED = '00000000-0000-4000-8000-000000000010';
const MEI = '00000000-0000-4000-8000-000000000004';

const MD = `### Grow the community
- Meetups held: 0 → 10 meetups
  - because the team asked for it (an explanation, skipped)
- Newsletter launched: not done

#### Host the first conference
- Tickets sold: 0 -> 200
`;

async function seeded() {
  const db = freshDb();
  await restoreBackup(fixtureText(), { database: db });
  return db;
}

describe('commitImport', () => {
  it('adds the previewed objectives as drafts of the chosen owner and cycle, after their existing ones', async () => {
    const db = await seeded();
    const r = await commitImport(parseOkrMarkdown(MD), { cycleId: Q4, ownerId: MEI }, db);
    expect(r).toEqual({ objectives: 2, keyResults: 3 });
    const mine = (await db.objectives.where('[cycleId+ownerId]').equals([Q4, MEI]).toArray()).sort(
      (a, b) => a.rank - b.rank,
    );
    expect(mine.map((o) => [o.title, o.rank, o.planState])).toEqual([
      ['Become the go-to person for our data platform 🚀', 1, 'agreed'],
      ['Grow the community', 2, 'draft'],
      ['Host the first conference', 3, 'draft'],
    ]);
    expect(mine[2]!.alignedTo).toEqual({ kind: 'objective', id: mine[1]!.id });
    const krs = await db.keyResults.where('objectiveId').equals(mine[1]!.id).toArray();
    expect(krs.map((k) => [k.title, k.kind, k.start, k.target, k.unit])).toEqual(
      expect.arrayContaining([
        ['Meetups held', 'increase', 0, 10, 'meetups'],
        ['Newsletter launched', 'binary', 0, 1, ''],
      ]),
    );
  });

  it('keeps what the text said beside each key result (owner, score) in its objective’s description', async () => {
    const db = await seeded();
    const md = '### CEO: Grow the community\n- CMO KR: Grow meetups from 2 to 10 => 0.7\n';
    await commitImport(parseOkrMarkdown(md), { cycleId: Q4, ownerId: MEI }, db);
    const o = (await db.objectives.where('[cycleId+ownerId]').equals([Q4, MEI]).toArray()).find(
      (x) => x.title === 'Grow the community',
    );
    expect(o?.description).toContain('Owner: CEO');
    expect(o?.description).toMatch(/Grow meetups from 2 to 10: Owner: CMO · Progress: 0\.7/);
    const [kr] = await db.keyResults.where('objectiveId').equals(o!.id).toArray();
    expect(kr).toMatchObject({ kind: 'increase', start: 2, target: 10 });
  });

  it('writes nothing into a closed cycle', async () => {
    const db = await seeded();
    const before = await snapshot(db);
    await expect(
      commitImport(parseOkrMarkdown(MD), { cycleId: Q3_CLOSED, ownerId: MEI }, db),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await snapshot(db)).toBe(before);
  });

  it('writes nothing for an owner that does not exist', async () => {
    const db = await seeded();
    const before = await snapshot(db);
    await expect(
      commitImport(parseOkrMarkdown(MD), { cycleId: Q4, ownerId: 'nobody' }, db),
    ).rejects.toThrow(/Choose an owner/);
    expect(await snapshot(db)).toBe(before);
  });
});
