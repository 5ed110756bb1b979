import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { restoreBackup } from '../../../renderer/src/db/commands/backup';
import type { CairnDb } from '../../../renderer/src/db/schema';
import { describeProblem, restore, type BackupProblem } from '../../../shared/domain/backup';
import { BAD_DIR, fixtureText, freshDb, snapshot } from './helpers';

type Expect = { message: RegExp; table?: string; field?: string } | 'accepted';

/** Each file of tests/fixtures/bad-backups and what Cairn must say about it. */
const CORPUS: Record<string, Expect> = {
  'valid-mini.json': 'accepted',
  'odd-text.json': 'accepted',
  'script-title.json': 'accepted',
  'truncated.json': { message: /is not a JSON file: it ends too early and may be cut short/ },
  'empty.json': { message: /is not a JSON file: it is empty/ },
  'not-json.txt': { message: /is not a JSON file/ },
  'array.json': { message: /not a Cairn backup/ },
  'not-a-backup.json': { message: /not a Cairn backup/ },
  'newer-version.json': { message: /made by a newer Cairn \(format 7/, field: 'formatVersion' },
  'missing-tables.json': { message: /missing from the backup/, table: 'checkIns' },
  'wrong-type-rank.json': {
    message: /rank has the wrong type/,
    table: 'objectives',
    field: 'rank',
  },
  'wrong-type-table.json': { message: /must be a list of records/, table: 'objectives' },
  'nan-string.json': {
    message: /Value must be a finite number, not "NaN"/,
    table: 'checkIns',
    field: 'value',
  },
  'infinity-string.json': {
    message: /Target must be a finite number, not "Infinity"/,
    table: 'keyResults',
    field: 'target',
  },
  'minus-infinity-string.json': {
    message: /not "-Infinity"/,
    table: 'keyResults',
    field: 'current',
  },
  'duplicate-ids.json': { message: /used by two objectives/, table: 'objectives', field: 'id' },
  'dangling-key-result.json': {
    message: /points to objectives .* not in the backup/,
    table: 'keyResults',
    field: 'objectiveId',
  },
  'dangling-check-in.json': {
    message: /points to keyResults/,
    table: 'checkIns',
    field: 'keyResultId',
  },
  'dangling-alignment.json': {
    message: /aligns to keyResults/,
    table: 'objectives',
    field: 'alignedTo.id',
  },
  'dangling-parent.json': { message: /points to orgUnits/, table: 'orgUnits', field: 'parentId' },
  'dangling-cycle.json': { message: /points to cycles/, table: 'objectives', field: 'cycleId' },
  'alignment-loop.json': {
    message: /alignment makes a loop/,
    table: 'objectives',
    field: 'alignedTo',
  },
  'org-loop.json': { message: /org tree makes a loop/, table: 'orgUnits', field: 'parentId' },
  'proto-key.json': { message: /key Cairn refuses/, table: 'objectives', field: '__proto__' },
  'constructor-key.json': {
    message: /key Cairn refuses/,
    table: 'objectives',
    field: 'constructor',
  },
  'proto-key-top.json': { message: /key Cairn refuses/, field: '__proto__' },
  'proto-table.json': { message: /key Cairn refuses/, table: '__proto__' },
  'empty-title.json': { message: /Title cannot be empty/, table: 'objectives', field: 'title' },
  'unknown-kind.json': { message: /kind/, table: 'keyResults', field: 'kind' },
  'impossible-date.json': { message: /Date is not a real date/, table: 'checkIns', field: 'at' },
  'null-row.json': { message: /is not a record/, table: 'objectives' },
};

let db: CairnDb;
let before: string;
beforeAll(async () => {
  db = freshDb();
  await restoreBackup(fixtureText(), { database: db });
  before = await snapshot(db);
});

describe('the bad-backup corpus', () => {
  it('has an expectation for every file in the folder', () => {
    expect(
      readdirSync(BAD_DIR)
        .filter((f) => f !== 'README.md')
        .sort(),
    ).toEqual(Object.keys(CORPUS).sort());
  });

  it.each(Object.entries(CORPUS))('%s', async (file, want) => {
    const text = readFileSync(join(BAD_DIR, file), 'utf8');
    const d = want === 'accepted' ? freshDb() : db;
    const r = await restoreBackup(text, { database: d });
    if (want === 'accepted') {
      expect(r.ok, JSON.stringify(!r.ok && r.problems)).toBe(true);
      const title = JSON.parse(text).tables.objectives[0].title;
      expect((await d.objectives.toArray())[0]?.title).toBe(title);
      return;
    }
    expect(r.ok).toBe(false);
    const problems = (r as { problems: BackupProblem[] }).problems;
    const hit = problems.find((p) => want.message.test(p.message));
    expect(hit, problems.map(describeProblem).join('\n')).toBeDefined();
    if (want.table) expect(hit!.table).toBe(want.table);
    if (want.field) expect(hit!.field).toBe(want.field);
    if (hit!.table && hit!.table !== '__proto__' && hit!.index !== undefined)
      expect(describeProblem(hit!)).toMatch(/row \d+/);
    // A refused file leaves the workspace exactly as it was.
    expect(await snapshot(db)).toBe(before);
  });
});

describe('generated bad input', () => {
  it('refuses a 1 MB title, naming the record and field', async () => {
    const f = JSON.parse(fixtureText());
    f.tables.keyResults[2].title = 'x'.repeat(1024 * 1024);
    const r = await restoreBackup(JSON.stringify(f), { database: db });
    expect(r.ok).toBe(false);
    const [p] = (r as { problems: BackupProblem[] }).problems;
    expect(p).toMatchObject({
      table: 'keyResults',
      index: 2,
      id: f.tables.keyResults[2].id,
      field: 'title',
    });
    expect(p!.message).toBe('Title is longer than 500 characters');
    expect(await snapshot(db)).toBe(before);
  });

  it('refuses a file over 100 MB before parsing it, naming the file and the limit', () => {
    const big = `{"format":"cairn-backup","pad":"${' '.repeat(100 * 1000 * 1000)}"}`;
    const r = restore(big, 'huge.json');
    expect(r.ok).toBe(false);
    expect((r as { problems: BackupProblem[] }).problems[0]!.message).toBe(
      'huge.json is 100.1 MB; Cairn opens files up to 100 MB',
    );
  });

  it('stops listing after 50 problems and says how many more there are', () => {
    const f = JSON.parse(fixtureText());
    f.tables.checkIns = Array.from({ length: 80 }, (_, i) => ({
      ...f.tables.checkIns[0],
      id: `c${i}`,
      value: 'NaN',
    }));
    const r = restore(f);
    const problems = (r as { problems: BackupProblem[] }).problems;
    expect(problems).toHaveLength(51);
    expect(problems[50]!.message).toBe('…and 30 more problems');
  });

  it('does not pollute Object.prototype, whatever the file says', () => {
    restore(readFileSync(join(BAD_DIR, 'proto-key.json'), 'utf8'));
    restore(readFileSync(join(BAD_DIR, 'constructor-key.json'), 'utf8'));
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
