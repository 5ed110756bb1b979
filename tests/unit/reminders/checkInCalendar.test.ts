import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCheckInCalendar } from '../../../shared/report/checkInCalendar';

const cycle = { id: 'c-q4', name: 'Q4 2026', start: '2026-10-01', end: '2026-12-31' };
const prefs = { checkInDay: 1 as const, checkInTime: '09:00' };
const now = new Date('2026-10-02T10:00:00Z');

/** The file parsed back by a full RFC 5545 parser, event by event. */
function parse(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return cal.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate,
      sequence: Number(v.getFirstPropertyValue('sequence')),
      occurrences: () => {
        const it = event.iterator();
        const out: string[] = [];
        for (let t = it.next(); t && out.length < 100; t = it.next()) out.push(t.toString());
        return out;
      },
    };
  });
}

describe('buildCheckInCalendar', () => {
  it('repeats the check-in weekly at the check-in time on every check-in day of the cycle', () => {
    const [checkIn] = parse(
      buildCheckInCalendar({ cycle, prefs: { ...prefs, checkInTime: '09:30' }, now }),
    );
    expect(checkIn!.summary).toBe('OKR check-in — Q4 2026');
    const days = checkIn!.occurrences();
    expect(days).toHaveLength(13);
    expect(days[0]).toBe('2026-10-05T09:30:00');
    expect(days.at(-1)).toBe('2026-12-28T09:30:00');
    // Floating: 09:30 on the person's clock wherever they are, summer time or winter time.
    expect(checkIn!.start.zone?.tzid).toBe('floating');
  });

  it('marks the planning meeting on the cycle’s first day and the cycle’s end on its last, all day', () => {
    const [, planning, end] = parse(buildCheckInCalendar({ cycle, prefs, now }));
    expect(planning!.summary).toBe('OKR planning — Q4 2026');
    expect(planning!.start.isDate).toBe(true);
    expect(planning!.start.toString()).toBe('2026-10-01');
    expect(end!.summary).toBe('Q4 2026 ends — review and score');
    expect(end!.start.isDate).toBe(true);
    expect(end!.start.toString()).toBe('2026-12-31');
  });

  it('keeps every UID when the cycle changes, so a newer file (higher SEQUENCE) updates the calendar', () => {
    const before = parse(buildCheckInCalendar({ cycle, prefs, now }));
    const moved = { ...cycle, start: '2026-10-05', end: '2027-01-08' };
    const after = parse(
      buildCheckInCalendar({
        cycle: moved,
        prefs: { checkInDay: 3, checkInTime: '14:00' },
        now: new Date('2026-10-03T08:00:00Z'),
      }),
    );
    expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
    expect(new Set(before.map((e) => e.uid)).size).toBe(3);
    for (const [i, e] of after.entries()) expect(e.sequence).toBeGreaterThan(before[i]!.sequence);
    expect(after[0]!.occurrences()[0]).toBe('2026-10-07T14:00:00');
    expect(after[2]!.start.toString()).toBe('2027-01-08');
  });

  it('gives other cycles other UIDs', () => {
    const a = parse(buildCheckInCalendar({ cycle, prefs, now })).map((e) => e.uid);
    const b = parse(buildCheckInCalendar({ cycle: { ...cycle, id: 'c-q1' }, prefs, now })).map(
      (e) => e.uid,
    );
    expect(a.filter((uid) => b.includes(uid))).toEqual([]);
  });

  it('reads back a cycle name with commas and semicolons exactly', () => {
    const name = 'Growth, retention; and a 😀 long name that wraps past seventy-five octets';
    const events = parse(buildCheckInCalendar({ cycle: { ...cycle, name }, prefs, now }));
    expect(events[0]!.summary).toBe(`OKR check-in — ${name}`);
  });

  it('leaves the check-in out of a cycle too short to hold a check-in day', () => {
    const short = { ...cycle, start: '2026-10-06', end: '2026-10-09' }; // Tuesday to Friday
    const events = parse(buildCheckInCalendar({ cycle: short, prefs, now }));
    expect(events.map((e) => e.summary)).toEqual([
      'OKR planning — Q4 2026',
      'Q4 2026 ends — review and score',
    ]);
  });
});
