import { addDays, differenceInCalendarDays, parseISO } from 'date-fns';
import ical, { ICalEventRepeatingFreq } from 'ical-generator';
import { toIsoDate } from '../domain/cycle';
import type { Cycle } from '../domain/model';
import type { Preferences } from '../domain/settings';

/**
 * A cycle's calendar as an .ics file (RFC 5545): the weekly check-in from the first check-in
 * day of the cycle to its last, the planning meeting and the cycle's end. Each event's UID
 * comes from the cycle's id, so importing a newer file updates the events already in a
 * calendar instead of adding copies; SEQUENCE grows with the time of export, so the newer
 * file wins.
 */

export interface CheckInCalendarInput {
  cycle: Pick<Cycle, 'id' | 'name' | 'start' | 'end'>;
  prefs: Pick<Preferences, 'checkInDay' | 'checkInTime'>;
  /** When the file is made: its DTSTAMP, and what SEQUENCE grows with. */
  now: Date;
  /** The day of the planning meeting (yyyy-MM-dd); the model has none yet, so the cycle's start. */
  planningDay?: string;
}

export const CHECK_IN_MINUTES = 30;
const UID_DOMAIN = 'cairn.local';

/** The stable UIDs of a cycle's events (one cycle, one set, whatever its dates become). */
export const calendarUids = (cycleId: string) => ({
  checkIn: `checkin-${cycleId}@${UID_DOMAIN}`,
  planning: `planning-${cycleId}@${UID_DOMAIN}`,
  end: `end-${cycleId}@${UID_DOMAIN}`,
});

/** The first check-in day of the cycle, and how many fall within it. */
export function checkInDays(
  cycle: Pick<Cycle, 'start' | 'end'>,
  checkInDay: number,
): { first: string; count: number } | null {
  const start = parseISO(cycle.start);
  const first = addDays(start, (checkInDay - start.getDay() + 7) % 7);
  const span = differenceInCalendarDays(parseISO(cycle.end), first);
  if (span < 0) return null;
  return { first: toIsoDate(first), count: Math.floor(span / 7) + 1 };
}

/**
 * A wall-clock day and time as ical-generator writes it: without a time zone it prints a
 * Date's UTC fields, so the wall-clock figures go in as UTC. Floating (no Z) and all-day
 * values then read the same in every time zone.
 */
const wallClock = (iso: string, hours = 0, minutes = 0): Date =>
  new Date(
    Date.UTC(
      Number(iso.slice(0, 4)),
      Number(iso.slice(5, 7)) - 1,
      Number(iso.slice(8, 10)),
      hours,
      minutes,
    ),
  );

export function buildCheckInCalendar(input: CheckInCalendarInput): string {
  const { cycle, prefs, now } = input;
  const uids = calendarUids(cycle.id);
  // Minutes since 1970: an integer that only grows, so every later export supersedes.
  const sequence = Math.floor(now.getTime() / 60_000);
  const cal = ical({ name: `Cairn — ${cycle.name}`, prodId: '//Cairn//OKR check-ins//EN' });

  const days = checkInDays(cycle, prefs.checkInDay);
  if (days) {
    const [h, m] = prefs.checkInTime.split(':').map(Number);
    const start = wallClock(days.first, h ?? 9, m ?? 0);
    cal.createEvent({
      id: uids.checkIn,
      sequence,
      stamp: now,
      start,
      end: new Date(start.getTime() + CHECK_IN_MINUTES * 60_000),
      // Floating: 09:00 wherever the person is, and across daylight-saving changes.
      floating: true,
      repeating: { freq: ICalEventRepeatingFreq.WEEKLY, count: days.count },
      summary: `OKR check-in — ${cycle.name}`,
      description: 'Check in on your key results in Cairn: a value, a confidence, a note.',
    });
  }
  const planning = input.planningDay ?? cycle.start;
  cal.createEvent({
    id: uids.planning,
    sequence,
    stamp: now,
    start: wallClock(planning),
    allDay: true,
    floating: true,
    summary: `OKR planning — ${cycle.name}`,
    description: 'Plan and agree the objectives and key results of the cycle.',
  });
  cal.createEvent({
    id: uids.end,
    sequence,
    stamp: now,
    start: wallClock(cycle.end),
    allDay: true,
    floating: true,
    summary: `${cycle.name} ends — review and score`,
    description: 'The last day of the cycle: score each key result and write the retrospective.',
  });
  return cal.toString();
}
