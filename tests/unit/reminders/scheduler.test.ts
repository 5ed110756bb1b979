import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ReminderKeyResult, ReminderPlan } from '../../../shared/domain/reminders';
import { ReminderScheduler } from '../../../renderer/src/features/reminders/scheduler';

// Berlin's clocks go back an hour at 03:00 on Sunday 25 October 2026.
const previousTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Berlin';
});
afterAll(() => {
  process.env.TZ = previousTz;
});
afterEach(() => {
  vi.useRealTimers();
});

const cycle = { start: '2026-10-01', end: '2026-12-31', state: 'active' as const };
const prefs = { checkInDay: 1 as const, checkInTime: '09:00', staleDays: 14 };
const kr = (title: string, lastCheckInAt: string | null): ReminderKeyResult => ({
  kr: {
    id: title,
    title,
    cycleId: 'q4',
    kind: 'increase',
    current: 0,
    createdAt: '2026-09-20T10:00:00.000Z',
  },
  cycle,
  lastCheckInAt,
});

/** A scheduler on fake timers and a fake clock, starting at a Berlin wall-clock time. */
function start(at: string, keyResults: ReminderKeyResult[]) {
  vi.useFakeTimers({ now: new Date(at), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  const shown: { at: Date; plan: ReminderPlan }[] = [];
  const s = new ReminderScheduler({ notify: (plan) => shown.push({ at: new Date(), plan }) });
  s.update({ prefs, keyResults });
  return { s, shown };
}

describe('ReminderScheduler', () => {
  it('wakes at the check-in time and shows the reminder once, listing what is due', () => {
    const { s, shown } = start('2026-10-08T12:00', [
      kr('Median query time', '2026-10-05'),
      kr('Internal talks given', '2026-10-10'),
    ]);
    expect(shown).toEqual([]);
    vi.advanceTimersByTime(new Date('2026-10-12T08:59').getTime() - Date.now());
    expect(shown).toEqual([]);
    vi.advanceTimersByTime(60_000);
    expect(shown.map((n) => n.at)).toEqual([new Date('2026-10-12T09:00')]);
    expect(shown[0]!.plan.due.map((d) => d.title)).toEqual(['Median query time']);
    // A wake later that day or a change of data does not repeat it.
    vi.advanceTimersByTime(3 * 3_600_000);
    s.wake();
    s.update({ prefs, keyResults: [kr('Median query time', '2026-10-05')] });
    expect(shown).toHaveLength(1);
    expect(s.current()?.due).toHaveLength(1);
    s.stop();
  });

  it('skips a week where everything was checked in, and stays armed for the next', () => {
    const { s, shown } = start('2026-10-10T12:00', [kr('Median query time', '2026-10-09')]);
    vi.advanceTimersByTime(new Date('2026-10-12T09:00').getTime() - Date.now());
    expect(shown).toEqual([]);
    expect(s.current()?.due).toEqual([]);
    vi.advanceTimersByTime(7 * 24 * 3_600_000);
    expect(shown.map((n) => n.at)).toEqual([new Date('2026-10-19T09:00')]);
    s.stop();
  });

  it('lists the key results silent past the stale threshold by name, even between check-in days', () => {
    const { s, shown } = start('2026-10-17T12:00', [
      kr('Never checked in', null),
      kr('Checked in last week', '2026-10-12'),
    ]);
    vi.advanceTimersByTime(new Date('2026-10-19T09:00').getTime() - Date.now());
    expect(shown.map((n) => n.at)).toEqual([
      new Date('2026-10-17T12:00'),
      new Date('2026-10-19T09:00'),
    ]);
    // Saturday: silent 16 days since the cycle began, so due now, whatever the week.
    expect(shown[0]!.plan.due.map((d) => [d.title, d.stale])).toEqual([['Never checked in', true]]);
    expect(shown[1]!.plan.due.map((d) => [d.title, d.stale])).toEqual([
      ['Never checked in', true],
      ['Checked in last week', false],
    ]);
    s.stop();
  });

  it('rings at 09:00 on the Monday after the clocks go back, not at 08:00', () => {
    const { s, shown } = start('2026-10-19T12:00', [kr('Median query time', '2026-10-19')]);
    vi.advanceTimersByTime(new Date('2026-10-26T08:00').getTime() - Date.now() - 1);
    expect(shown).toEqual([]);
    vi.advanceTimersByTime(3_600_001);
    expect(shown.map((n) => n.at.toISOString())).toEqual(['2026-10-26T08:00:00.000Z']);
    expect(shown[0]!.at.getHours()).toBe(9);
    s.stop();
  });

  it('re-plans with a new check-in time at once', () => {
    const { s, shown } = start('2026-10-12T08:00', [kr('Median query time', '2026-10-05')]);
    expect(shown).toEqual([]);
    s.update({
      prefs: { ...prefs, checkInTime: '07:30' },
      keyResults: [kr('Median query time', '2026-10-05')],
    });
    expect(shown.map((n) => n.at)).toEqual([new Date('2026-10-12T08:00')]);
    s.stop();
  });
});
