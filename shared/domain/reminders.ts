import { addWeeks, set, subDays } from 'date-fns';
import { formatCount, type LocaleTag } from '../format';
import { toIsoDate } from './cycle';
import { dayNumber } from './history';
import type { Cycle, KeyResult } from './model';
import type { ProgressInput } from './progress';
import { daysSinceCheckIn, isStale } from './staleness';
import type { Preferences } from './settings';

/**
 * When the weekly check-in reminder is due and what it lists. Pure: the renderer's scheduler
 * passes the clock, the person's preferences and their key results in active cycles, and only
 * shows what comes back. Nothing here closes or changes a key result.
 *
 * Times are wall-clock times of the machine's time zone: "Monday 09:00" stays 09:00 across a
 * daylight-saving change, because date-fns adds calendar weeks, not 168 hours.
 */

/**
 * A check-in this many days before the check-in day still counts for that week: someone who
 * updated on Friday is not nagged on Monday. A fixed rule rather than a setting, because the
 * method's rhythm is weekly and a fourth knob beside day, time and stale-after would confuse.
 */
export const RECENT_CHECK_IN_DAYS = 3;

/** The session takes about 20 seconds a key result: three make a minute. */
export const KEY_RESULTS_PER_MINUTE = 3;

export interface ReminderKeyResult {
  kr: Pick<KeyResult, 'id' | 'title' | 'cycleId' | 'kind' | 'current' | 'createdAt'> &
    Pick<ProgressInput, 'milestones'>;
  cycle: Pick<Cycle, 'start' | 'end' | 'state'>;
  /** Date of the latest check-in (yyyy-MM-dd), or null if there has been none. */
  lastCheckInAt: string | null;
}

export interface ReminderInput {
  now: Date;
  prefs: Pick<Preferences, 'checkInDay' | 'checkInTime' | 'staleDays'>;
  /** The person's key results in active cycles (others are ignored anyway). */
  keyResults: readonly ReminderKeyResult[];
}

export interface DueKeyResult {
  id: string;
  title: string;
  cycleId: string;
  /** Silent past the stale-after threshold. */
  stale: boolean;
  daysSilent: number;
}

export interface ReminderPlan {
  /** This week's check-in moment: the latest check-in day and time at or before now. */
  slot: Date;
  /** The next check-in moment, when the scheduler should look again at the latest. */
  next: Date;
  /** Key results to check in, in the order given; empty means no reminder. */
  due: DueKeyResult[];
  /** The due ones silent past the stale threshold (listed by name in the reminder). */
  stale: DueKeyResult[];
  minutes: number;
}

/** "09:30" → hours and minutes; the Settings schema has already checked the form. */
function timeParts(time: string): { hours: number; minutes: number } {
  const [h, m] = time.split(':').map(Number);
  return { hours: h ?? 9, minutes: m ?? 0 };
}

/** The latest check-in moment at or before `now`, in local wall-clock time. */
export function checkInSlot(now: Date, checkInDay: number, checkInTime: string): Date {
  const { hours, minutes } = timeParts(checkInTime);
  const back = (now.getDay() - checkInDay + 7) % 7;
  const candidate = set(subDays(now, back), { hours, minutes, seconds: 0, milliseconds: 0 });
  return candidate.getTime() > now.getTime() ? addWeeks(candidate, -1) : candidate;
}

/** A key result with nothing left to report: done, or every milestone reached. */
function isFinished(kr: ReminderKeyResult['kr']): boolean {
  if (kr.kind === 'binary') return kr.current >= 1;
  const ms = kr.milestones ?? [];
  return kr.kind === 'milestones' && ms.length > 0 && ms.every((m) => m.done);
}

/**
 * Whether the weekly reminder is due and what it lists. A key result is due when its cycle is
 * active and running today, it is not finished, and nobody has looked at it since
 * `RECENT_CHECK_IN_DAYS` before this week's check-in day (its creation or the cycle's start
 * count as a look, so a result made after the check-in day waits for next week). One silent
 * past the stale threshold is always due, whatever the week.
 */
export function planReminder({ now, prefs, keyResults }: ReminderInput): ReminderPlan {
  const slot = checkInSlot(now, prefs.checkInDay, prefs.checkInTime);
  const today = toIsoDate(now);
  const coveredFrom = dayNumber(toIsoDate(slot)) - RECENT_CHECK_IN_DAYS;
  const due: DueKeyResult[] = [];
  for (const { kr, cycle, lastCheckInAt } of keyResults) {
    if (cycle.state !== 'active' || today < cycle.start || today > cycle.end) continue;
    if (isFinished(kr)) continue;
    const input = { kr, cycle, lastCheckInAt, today, staleDays: prefs.staleDays };
    const daysSilent = daysSinceCheckIn(input);
    const stale = isStale(input);
    const lastLook = dayNumber(today) - daysSilent;
    if (stale || lastLook < coveredFrom)
      due.push({ id: kr.id, title: kr.title, cycleId: kr.cycleId, stale, daysSilent });
  }
  return {
    slot,
    next: addWeeks(slot, 1),
    due,
    stale: due.filter((d) => d.stale),
    minutes: Math.ceil(due.length / KEY_RESULTS_PER_MINUTE),
  };
}

/** "3 key results to check in — 1 minute". */
export function reminderHeadline(plan: Pick<ReminderPlan, 'due' | 'minutes'>, locale: LocaleTag) {
  return `${formatCount(plan.due.length, 'key result', locale)} to check in — ${formatCount(
    plan.minutes,
    'minute',
    locale,
  )}`;
}

/** The notification's body: the headline, then the stale ones by name. */
export function reminderBody(plan: ReminderPlan, locale: LocaleTag): string {
  const headline = reminderHeadline(plan, locale);
  if (plan.stale.length === 0) return headline;
  return `${headline}. Silent too long: ${plan.stale.map((s) => s.title).join(', ')}.`;
}

/**
 * A key for one week's reminder, so it is shown once per check-in moment: another week, or
 * another check-in day or time (to the minute), is another moment.
 */
export const slotKey = (slot: Date): string =>
  `${toIsoDate(slot)}T${String(slot.getHours()).padStart(2, '0')}:${String(slot.getMinutes()).padStart(2, '0')}`;

/**
 * Whether to notify now: something is due and this week's reminder has not been shown yet.
 * `lastShown` is the `slotKey` of the last one shown (null when none has been).
 */
export const shouldNotify = (plan: ReminderPlan, lastShown: string | null): boolean =>
  plan.due.length > 0 && slotKey(plan.slot) !== lastShown;
