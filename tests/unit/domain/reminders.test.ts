import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkInSlot,
  planReminder,
  reminderBody,
  reminderHeadline,
  shouldNotify,
  slotKey,
  type ReminderKeyResult,
} from '../../../shared/domain/reminders';

// Every date below is a wall-clock time in Berlin, whose clocks go back an hour at 03:00 on
// Sunday 25 October 2026. Node reads TZ afresh when it changes, so setting it here is enough.
const previousTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Berlin';
});
afterAll(() => {
  process.env.TZ = previousTz;
});

const at = (iso: string): Date => new Date(iso); // no offset: local wall-clock time
const cycle = { start: '2026-10-01', end: '2026-12-31', state: 'active' as const };
const prefs = { checkInDay: 1 as const, checkInTime: '09:00', staleDays: 14 };

function kr(
  title: string,
  lastCheckInAt: string | null,
  more: Partial<ReminderKeyResult['kr']> = {},
) {
  return {
    kr: {
      id: title,
      title,
      cycleId: 'q4',
      kind: 'increase' as const,
      current: 0,
      createdAt: '2026-09-20T10:00:00.000Z',
      ...more,
    },
    cycle,
    lastCheckInAt,
  } satisfies ReminderKeyResult;
}

describe('planReminder', () => {
  it('is due on the check-in day for a key result not checked in since last week', () => {
    const plan = planReminder({
      now: at('2026-10-12T09:30'),
      prefs,
      keyResults: [kr('Median query time', '2026-10-05')],
    });
    expect(plan.due.map((d) => d.title)).toEqual(['Median query time']);
    expect(reminderHeadline(plan, 'en-GB')).toBe('1 key result to check in — 1 minute');
  });

  it('waits until the check-in time: at 08:59 on Monday last week still holds', () => {
    const plan = planReminder({
      now: at('2026-10-12T08:59'),
      prefs,
      keyResults: [kr('Median query time', '2026-10-05')],
    });
    expect(plan.due).toEqual([]);
    expect(plan.next).toEqual(at('2026-10-12T09:00'));
  });

  it('skips key results checked in on the day or in the three days before it', () => {
    const plan = planReminder({
      now: at('2026-10-12T10:00'),
      prefs,
      keyResults: [
        kr('Checked in on Friday', '2026-10-09'),
        kr('Checked in this morning', '2026-10-12'),
        kr('Checked in on Thursday', '2026-10-08'),
      ],
    });
    expect(plan.due.map((d) => d.title)).toEqual(['Checked in on Thursday']);
  });

  it('gives no reminder when everything was checked in recently', () => {
    const plan = planReminder({
      now: at('2026-10-14T12:00'),
      prefs,
      keyResults: [kr('A', '2026-10-12'), kr('B', '2026-10-10')],
    });
    expect(plan.due).toEqual([]);
    expect(shouldNotify(plan, null)).toBe(false);
  });

  it('leaves out finished results and cycles that are not active', () => {
    const plan = planReminder({
      now: at('2026-10-12T10:00'),
      prefs,
      keyResults: [
        kr('Launch done', null, { kind: 'binary', current: 1 }),
        { ...kr('In planning', null), cycle: { ...cycle, state: 'planning' } },
        { ...kr('Under review', null), cycle: { ...cycle, state: 'review' } },
        kr('Still open', null, { kind: 'binary', current: 0 }),
      ],
    });
    expect(plan.due.map((d) => d.title)).toEqual(['Still open']);
  });

  it('waits a week for a key result added after the check-in day', () => {
    const plan = planReminder({
      now: at('2026-10-14T10:00'),
      prefs,
      keyResults: [kr('Added on Wednesday', null, { createdAt: '2026-10-14T08:00:00.000Z' })],
    });
    expect(plan.due).toEqual([]);
  });

  it('lists by name the key results silent past the stale threshold', () => {
    const plan = planReminder({
      now: at('2026-10-19T09:00'),
      prefs,
      keyResults: [
        kr('Never checked in', null),
        kr('Checked in two weeks ago', '2026-10-05'),
        kr('Checked in last week', '2026-10-12'),
      ],
    });
    expect(plan.due.map((d) => [d.title, d.stale])).toEqual([
      ['Never checked in', true],
      ['Checked in two weeks ago', true],
      ['Checked in last week', false],
    ]);
    expect(reminderBody(plan, 'en-GB')).toBe(
      '3 key results to check in — 1 minute. Silent too long: Never checked in, Checked in two weeks ago.',
    );
  });

  it('lists a stale key result even between check-in days', () => {
    const plan = planReminder({
      now: at('2026-10-21T12:00'),
      prefs: { ...prefs, staleDays: 7 },
      keyResults: [kr('Quiet since Monday last week', '2026-10-12'), kr('Fresh', '2026-10-19')],
    });
    expect(plan.stale.map((d) => d.title)).toEqual(['Quiet since Monday last week']);
  });

  it('estimates a minute for every three key results', () => {
    const four = ['A', 'B', 'C', 'D'].map((t) => kr(t, '2026-10-01'));
    const plan = planReminder({ now: at('2026-10-12T09:00'), prefs, keyResults: four });
    expect(reminderHeadline(plan, 'en-GB')).toBe('4 key results to check in — 2 minutes');
  });

  it('shows the reminder once per week', () => {
    const keyResults = [kr('A', '2026-10-05')];
    const monday = planReminder({ now: at('2026-10-12T09:00'), prefs, keyResults });
    expect(shouldNotify(monday, null)).toBe(true);
    const tuesday = planReminder({ now: at('2026-10-13T15:00'), prefs, keyResults });
    expect(shouldNotify(tuesday, slotKey(monday.slot))).toBe(false);
    const nextMonday = planReminder({ now: at('2026-10-19T09:00'), prefs, keyResults });
    expect(shouldNotify(nextMonday, slotKey(monday.slot))).toBe(true);
  });
});

describe('checkInSlot across a daylight-saving change', () => {
  it('keeps Monday 09:00 at 09:00 when the clocks go back (a week of 169 hours)', () => {
    const slot = checkInSlot(at('2026-10-24T12:00'), 1, '09:00');
    const next = planReminder({ now: at('2026-10-24T12:00'), prefs, keyResults: [] }).next;
    expect(slot).toEqual(at('2026-10-19T09:00'));
    expect(next).toEqual(at('2026-10-26T09:00'));
    expect(next.getHours()).toBe(9);
    expect((next.getTime() - slot.getTime()) / 3_600_000).toBe(169);
  });

  it('is not due an hour early on the first Monday of winter time', () => {
    const keyResults = [kr('Median query time', '2026-10-19')];
    // 08:30 in Berlin, after the change; a 168-hour week would have made it due at 08:00.
    const before = planReminder({ now: new Date('2026-10-26T07:30:00Z'), prefs, keyResults });
    expect(before.due).toEqual([]);
    const after = planReminder({ now: new Date('2026-10-26T08:00:00Z'), prefs, keyResults });
    expect(after.due.map((d) => d.title)).toEqual(['Median query time']);
  });

  it('falls on the day of the change itself at the right wall-clock time', () => {
    const next = planReminder({
      now: at('2026-10-24T12:00'),
      prefs: { ...prefs, checkInDay: 0 },
      keyResults: [],
    }).next;
    expect(next.toISOString()).toBe('2026-10-25T08:00:00.000Z');
  });
});
