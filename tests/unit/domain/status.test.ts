import { describe, expect, it } from 'vitest';
import type { KeyResult } from '../../../shared/domain/model';
import {
  STATUS_LABELS,
  keyResultStatus,
  objectiveStatus,
  progressStatus,
  type StatusContext,
} from '../../../shared/domain/status';

// A 92-day quarter; 2026-11-15 is day 46 of it, half the time elapsed.
const cycle = { start: '2026-10-01', end: '2026-12-31', state: 'active' as const };
const half: StatusContext = { cycle, today: '2026-11-15' };

type KrShape = Pick<KeyResult, 'kind' | 'start' | 'target' | 'current' | 'createdAt' | 'weight'> & {
  milestones?: { done: boolean }[];
};
const kr = (over: Partial<KrShape> = {}): KrShape => ({
  kind: 'increase',
  start: 0,
  target: 10,
  current: 5,
  weight: 1,
  createdAt: '2026-09-20T10:00:00Z',
  ...over,
});
const fresh = '2026-11-10';

describe('progressStatus', () => {
  it('is on track when progress keeps up with time elapsed', () => {
    expect(progressStatus(0.5, 0.55)).toBe('onTrack');
    expect(progressStatus(0.9, 0.5)).toBe('onTrack');
  });
  it('is at risk when a little behind, off track when far behind', () => {
    expect(progressStatus(0.3, 0.5)).toBe('atRisk');
    expect(progressStatus(0.1, 0.6)).toBe('offTrack');
  });
});

describe('keyResultStatus', () => {
  it('compares progress with the share of the cycle elapsed', () => {
    expect(keyResultStatus({ kr: kr({ current: 5 }), lastCheckInAt: fresh }, half)).toBe('onTrack');
    expect(keyResultStatus({ kr: kr({ current: 3 }), lastCheckInAt: fresh }, half)).toBe('atRisk');
    expect(keyResultStatus({ kr: kr({ current: 1 }), lastCheckInAt: fresh }, half)).toBe(
      'offTrack',
    );
  });

  it('judges stay-above and stay-below results by whether they hold, not by time', () => {
    const above = kr({ kind: 'stayAbove', start: 99, target: 99, current: 99.5 });
    expect(keyResultStatus({ kr: above, lastCheckInAt: fresh }, half)).toBe('onTrack');
    const below = kr({ kind: 'stayBelow', start: 2, target: 2, current: 3 });
    expect(keyResultStatus({ kr: below, lastCheckInAt: fresh }, half)).toBe('offTrack');
  });

  it('reads stale after 14 silent days, however good the last value looked', () => {
    const ahead = kr({ current: 9 });
    expect(keyResultStatus({ kr: ahead, lastCheckInAt: '2026-11-02' }, half)).toBe('onTrack');
    expect(keyResultStatus({ kr: ahead, lastCheckInAt: '2026-11-01' }, half)).toBe('stale');
    expect(
      keyResultStatus({ kr: ahead, lastCheckInAt: '2026-11-08' }, { ...half, staleDays: 7 }),
    ).toBe('stale');
  });

  it('reads done once a result is finished, and a finished one does not go stale', () => {
    const shipped = kr({ kind: 'binary', start: 0, target: 1, current: 1 });
    expect(keyResultStatus({ kr: shipped, lastCheckInAt: '2026-10-02' }, half)).toBe('done');
    const reached = kr({ current: 10 });
    expect(keyResultStatus({ kr: reached, lastCheckInAt: fresh }, half)).toBe('done');
    // A number at its target can slip back: silence still reads stale.
    expect(keyResultStatus({ kr: reached, lastCheckInAt: '2026-10-02' }, half)).toBe('stale');
  });

  it('stops flagging silence outside an active, running cycle', () => {
    const review = { ...half, cycle: { ...cycle, state: 'review' as const }, today: '2027-01-05' };
    expect(keyResultStatus({ kr: kr({ current: 10 }), lastCheckInAt: '2026-10-02' }, review)).toBe(
      'done',
    );
  });

  it('gives a closed cycle its final band: the set score, else the proposed one', () => {
    const closed = { cycle: { ...cycle, state: 'closed' as const }, today: '2027-01-05' };
    const offTrack = kr({ current: 2 });
    expect(keyResultStatus({ kr: offTrack, lastCheckInAt: '2026-10-02' }, closed)).toBe('red');
    expect(keyResultStatus({ kr: kr({ current: 5 }), lastCheckInAt: null }, closed)).toBe('yellow');
    expect(keyResultStatus({ kr: offTrack, lastCheckInAt: null, finalScore: 0.7 }, closed)).toBe(
      'green',
    );
  });

  it('has one label a status, said the same everywhere', () => {
    expect(STATUS_LABELS.stale).toBe('Stale');
    expect(STATUS_LABELS.onTrack).toBe('On track');
  });
});

describe('objectiveStatus', () => {
  const row = (k: KrShape, lastCheckInAt: string | null, ctx = half) => ({
    kr: k,
    status: keyResultStatus({ kr: k, lastCheckInAt }, ctx),
  });

  it('has none without key results', () => {
    expect(objectiveStatus([], half)).toBeNull();
  });

  it('follows its weighted progress against time', () => {
    expect(objectiveStatus([row(kr({ current: 5 }), fresh)], half)).toBe('onTrack');
    expect(
      objectiveStatus(
        [row(kr({ current: 0, weight: 3 }), fresh), row(kr({ current: 8 }), fresh)],
        half,
      ),
    ).toBe('offTrack');
  });

  it('reads stale instead of on track when any of its key results is stale', () => {
    const status = objectiveStatus(
      [row(kr({ current: 9 }), fresh), row(kr({ current: 6 }), '2026-10-20')],
      half,
    );
    expect(status).toBe('stale');
  });

  it('keeps at risk and off track, which already ask for attention, over stale', () => {
    const status = objectiveStatus(
      [row(kr({ current: 0 }), fresh), row(kr({ current: 2 }), '2026-10-20')],
      half,
    );
    expect(status).toBe('offTrack');
  });

  it('is done when every key result is', () => {
    const done = kr({ kind: 'binary', start: 0, target: 1, current: 1 });
    expect(objectiveStatus([row(done, null), row(kr({ current: 10 }), fresh)], half)).toBe('done');
  });

  it('gives a closed cycle the band of its score, the weighted mean of the final scores', () => {
    const closed = { cycle: { ...cycle, state: 'closed' as const }, today: '2027-01-05' };
    const a = row(kr({ current: 10 }), null, closed);
    const b = row(kr({ current: 3 }), null, closed);
    // (1.0 + 0.3) / 2 = 0.65, shown as 0.7: green.
    expect(objectiveStatus([a, b], closed)).toBe('green');
    expect(objectiveStatus([a, { ...b, finalScore: 0 }], closed)).toBe('yellow');
  });
});
