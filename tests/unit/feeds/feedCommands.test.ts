import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/src/db/schema';
import { createObjective } from '../../../renderer/src/db/commands/objectives';
import { createKeyResult } from '../../../renderer/src/db/commands/keyResults';
import { checkIn, checkInsOf, editCheckIn } from '../../../renderer/src/db/commands/checkins';
import { setCycleState } from '../../../renderer/src/db/commands/cycles';
import { linkFeed, recordFeedRead, unlinkFeed } from '../../../renderer/src/db/commands/feeds';
import { readFeed } from '../../../shared/feeds/readFeed';
import { ValidationError } from '../../../renderer/src/db/records';
import { freshWorkspace } from '../db/helpers';

const REF = '/home/ana/reports/sales.csv';
const LINK = {
  fileName: 'sales.csv',
  fileRef: REF,
  kind: 'csv' as const,
  column: 'MRR',
  reading: 'last' as const,
};
const csv = (last: string) =>
  new TextEncoder().encode(`Month,MRR\n2026-10-01,35\n2026-11-01,${last}\n`);
const read = (last: string) => readFeed(csv(last), 'sales.csv', LINK, '2026-11-25');

let krId: string;
let ws: Awaited<ReturnType<typeof freshWorkspace>>;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 25, 9, 2));
  ws = await freshWorkspace();
  await db.settings.put({ key: 'locale', value: 'en-GB' });
  const o = await createObjective({
    title: 'Grow revenue',
    ownerId: ws.meId,
    cycleId: ws.cycle.id,
  });
  krId = (
    await createKeyResult(o.id, {
      title: 'MRR reaches 60k',
      kind: 'increase',
      start: 30,
      target: 60,
    })
  ).id;
  await linkFeed(krId, LINK);
});
afterEach(() => vi.useRealTimers());

const kr = async () => (await db.keyResults.get(krId))!;
const live = async () => (await checkInsOf(krId)).filter((c) => !c.deletedAt);

describe('recordFeedRead', () => {
  it('writes one check-in with where the value came from, and moves the current value', async () => {
    expect(await recordFeedRead(krId, REF, read('41'))).toBe('checked-in');
    const rows = await live();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      value: 41,
      at: '2026-11-25',
      source: { file: 'sales.csv', column: 'MRR', reading: 'last' },
    });
    expect(await kr()).toMatchObject({ current: 41, feed: { lastValue: 41, problem: null } });
  });

  it('writes nothing when the file still says the same', async () => {
    await recordFeedRead(krId, REF, read('41'));
    expect(await recordFeedRead(krId, REF, read('41'))).toBe('unchanged');
    expect(await live()).toHaveLength(1);
  });

  it('writes no check-in from a bad read and shows the problem on the key result', async () => {
    await recordFeedRead(krId, REF, read('41'));
    const bad = readFeed(
      new TextEncoder().encode('Month,Revenue\n2026-11-01,50\n'),
      'sales.csv',
      LINK,
      '2026-11-25',
    );
    expect(await recordFeedRead(krId, REF, bad)).toBe('problem');
    expect(await live()).toHaveLength(1);
    expect((await kr()).current).toBe(41);
    expect((await kr()).feed?.problem).toBe(
      "Column 'MRR' is not in sales.csv — columns are: Month, Revenue",
    );
    // The next good read clears it.
    await recordFeedRead(krId, REF, read('45'));
    expect((await kr()).feed?.problem).toBeNull();
  });

  it('keeps a manual check-in until the file itself changes', async () => {
    await recordFeedRead(krId, REF, read('41'));
    vi.setSystemTime(new Date(2026, 10, 25, 10, 0));
    await checkIn(krId, { value: 50, note: 'Finance corrected November' });
    expect((await live()).find((c) => c.value === 50)?.source).toEqual({ manual: true });
    expect(await recordFeedRead(krId, REF, read('41'))).toBe('unchanged');
    expect((await kr()).current).toBe(50);
    vi.setSystemTime(new Date(2026, 10, 25, 11, 30));
    await recordFeedRead(krId, REF, read('52'));
    expect((await kr()).current).toBe(52);
  });

  it('marks a corrected file check-in as manual', async () => {
    await recordFeedRead(krId, REF, read('41'));
    const [first] = await live();
    await editCheckIn(first!.id, { value: 42 });
    expect((await live())[0]).toMatchObject({ value: 42, source: { manual: true } });
  });

  it('says why when the check-in is refused, and writes nothing', async () => {
    // The quarter has ended but is not closed yet: a reading dated today falls outside it.
    vi.setSystemTime(new Date(2027, 0, 5, 9, 0));
    expect(await recordFeedRead(krId, REF, read('41'))).toBe('problem');
    expect(await live()).toHaveLength(0);
    expect((await kr()).feed?.problem).toMatch(/^Read 41, but .*cycle ended/);
  });

  it('leaves a closed cycle as it was: no check-in, no problem', async () => {
    await setCycleState(ws.cycle.id, 'closed');
    expect(await recordFeedRead(krId, REF, read('41'))).toBe('closed');
    expect(await live()).toHaveLength(0);
    expect((await kr()).feed?.problem).toBeNull();
  });

  it('ignores a read of a file the key result is no longer linked to', async () => {
    await unlinkFeed(krId);
    expect(await recordFeedRead(krId, REF, read('41'))).toBe('unlinked');
    expect(await live()).toHaveLength(0);
    expect((await kr()).feed).toBeUndefined();
  });
});

describe('linkFeed', () => {
  it('brings back an unlinked feed with its last value: the same file writes no second check-in', async () => {
    await recordFeedRead(krId, REF, read('41'));
    const old = (await unlinkFeed(krId))!;
    const { lastReadAt: _r, problem: _p, ...link } = old;
    await linkFeed(krId, link);
    expect(await recordFeedRead(krId, REF, read('41'))).toBe('unchanged');
    expect(await live()).toHaveLength(1);
  });

  it('refuses a done / not done key result: there is no number to feed', async () => {
    const o = await createObjective({ title: 'Ship it', ownerId: ws.meId, cycleId: ws.cycle.id });
    const done = await createKeyResult(o.id, {
      title: 'Guide published',
      kind: 'binary',
      start: 0,
      target: 1,
    });
    await expect(linkFeed(done.id, LINK)).rejects.toBeInstanceOf(ValidationError);
    expect((await db.keyResults.get(done.id))?.feed).toBeUndefined();
  });

  it('leaves check-ins by hand on a key result without a feed unmarked', async () => {
    await unlinkFeed(krId);
    await checkIn(krId, { value: 33 });
    expect((await live())[0]?.source).toBeUndefined();
  });
});
