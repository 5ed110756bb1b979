import { beforeEach, describe, expect, it } from 'vitest';
import type { CheckIn, Cycle, Score } from '../../../shared/domain/model';
import { db } from '../../../renderer/src/db/schema';
import {
  readCycleFacts,
  readOlderCheckIns,
  readStatusFacts,
  windowStart,
  withOlderCheckIns,
} from '../../../renderer/src/features/map/statusFacts';

// A running quarter seen on 20 November with a 14-day stale-after window (7–20 November).
const TODAY = '2026-11-20';
const STALE_DAYS = 14;
const running: Cycle = {
  id: 'q4',
  name: 'Q4 2026',
  kind: 'quarter',
  start: '2026-10-01',
  end: '2026-12-31',
  state: 'active',
} as Cycle;

let n = 0;
const checkIn = (keyResultId: string, at: string, deletedAt: string | null = null) =>
  ({ id: `c${++n}`, keyResultId, ownerId: 'me', at, deletedAt }) as unknown as CheckIn;

beforeEach(async () => {
  db.close();
  await db.delete();
  await db.open();
  await db.checkIns.bulkAdd([
    checkIn('steady', '2026-10-02'),
    checkIn('steady', '2026-11-10'),
    checkIn('steady', '2026-11-18'),
    checkIn('silent', '2026-11-01'),
    // A key result added on 12 November, its first check-in back-dated to October.
    checkIn('young', '2026-10-28'),
    checkIn('withdrawn', '2026-11-15', '2026-11-16T09:00:00.000Z'),
  ]);
});

describe('readStatusFacts', () => {
  it("takes each key result's latest check-in inside the stale-after window, none from before it", async () => {
    const facts = await readStatusFacts(db, running, [], TODAY, STALE_DAYS);
    expect(facts.lastCheckIns).toEqual(new Map([['steady', '2026-11-18']]));
  });

  it('counts a back-dated check-in of a key result that appeared inside the window', async () => {
    const facts = await readStatusFacts(db, running, ['young'], TODAY, STALE_DAYS);
    expect(facts.lastCheckIns.get('young')).toBe('2026-10-28');
    expect(facts.lastCheckIns.has('silent')).toBe(false);
  });

  it('reads the same when the cycle facts are read alongside the key results and the young ones after', async () => {
    const [cycleFacts, older] = await Promise.all([
      readCycleFacts(db, running, TODAY, STALE_DAYS),
      readOlderCheckIns(db, ['young', 'steady'], windowStart(TODAY, STALE_DAYS)),
    ]);
    expect(withOlderCheckIns(cycleFacts, older)).toEqual(
      await readStatusFacts(db, running, ['young', 'steady'], TODAY, STALE_DAYS),
    );
  });

  it("a closed cycle: the final scores set in review, the latest one's score for each", async () => {
    const closed = { ...running, state: 'closed' } as Cycle;
    const score = (id: string, score: number, updatedAt: string) =>
      ({ id, cycleId: 'q4', keyResultId: 'steady', score, updatedAt }) as unknown as Score;
    await db.scores.bulkAdd([
      score('s2', 0.7, '2027-01-05T10:00:00.000Z'),
      score('s1', 0.4, '2027-01-02T10:00:00.000Z'),
    ]);
    const facts = await readStatusFacts(db, closed, [], TODAY, STALE_DAYS);
    expect(facts.finalScores).toEqual(new Map([['steady', 0.7]]));
    expect(facts.lastCheckIns.size).toBe(0);
  });
});
