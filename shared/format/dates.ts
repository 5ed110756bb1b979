import { differenceInCalendarDays, isValid, parseISO } from 'date-fns';
import { dateFormat, relativeTimeFormat } from './intlCache';
import { intlLocale, type LocaleTag } from './locale';

/**
 * Dates as people read them, in one style for every screen: day, short month and year in the
 * order and words of the user's locale ("5 Dec 2026", "Dec 5, 2026", "5. Dez. 2026").
 *
 * Days are stored as `yyyy-MM-dd`; date-fns reads them as that calendar day in the local time
 * zone (not UTC midnight, which is the previous evening west of Greenwich), and Intl writes
 * them in the same zone, so a day never shifts, DST change or not.
 */

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
const WEEKDAY_AND_DAY: Intl.DateTimeFormatOptions = { ...DAY, weekday: 'long' };
const DAY_AND_TIME: Intl.DateTimeFormatOptions = { ...DAY, hour: 'numeric', minute: '2-digit' };

/** A stored day (`2026-12-05`), a timestamp (`2026-12-05T07:13:08Z`) or a Date, as a Date. */
function toDate(when: string | Date): Date | null {
  const d = typeof when === 'string' ? parseISO(when) : when;
  return isValid(d) ? d : null;
}

const UNKNOWN = 'an unknown date';

/** A day as a person reads it: "5 Dec 2026" (en-GB), "Dec 5, 2026" (en-US). */
export function formatDate(when: string | Date, locale: LocaleTag): string {
  const d = toDate(when);
  return d ? dateFormat(intlLocale(locale), DAY).format(d) : UNKNOWN;
}

/** A moment with its time of day, for things saved at an instant: "5 Dec 2026, 07:13". */
export function formatDateTime(when: string | Date, locale: LocaleTag): string {
  const d = toDate(when);
  return d ? dateFormat(intlLocale(locale), DAY_AND_TIME).format(d) : UNKNOWN;
}

/** The time of day alone ("09:02", "9:02 AM"), where the day is shown beside it. */
export function formatTime(when: string | Date, locale: LocaleTag): string {
  const d = toDate(when);
  return d
    ? dateFormat(intlLocale(locale), { hour: '2-digit', minute: '2-digit' }).format(d)
    : UNKNOWN;
}

/**
 * Two days as one range, sharing what they share: "1 Oct – 31 Dec 2026",
 * "1 Oct 2026 – 31 Mar 2027", "Oct 1 – Dec 31, 2026"; with `weekdays`, a week as
 * "Monday 30 Nov – Sunday 6 Dec 2026".
 */
export function formatDateRange(
  start: string | Date,
  end: string | Date,
  locale: LocaleTag,
  { weekdays = false }: { weekdays?: boolean } = {},
): string {
  const a = toDate(start);
  const b = toDate(end);
  if (!a || !b) return `${formatDate(start, locale)} – ${formatDate(end, locale)}`;
  const f = dateFormat(intlLocale(locale), weekdays ? WEEKDAY_AND_DAY : DAY);
  // formatRange refuses an end before the start; a range typed backwards still reads as typed.
  if (a > b) return `${f.format(a)} – ${f.format(b)}`;
  // ICU puts thin spaces round the dash; plain ones match every other range in the app.
  return f.formatRange(a, b).replace(/\s+–\s+/, ' – ');
}

/**
 * How long ago (or ahead) a day is from `today`, in whole calendar days: "today",
 * "yesterday", "3 days ago", "in 2 days" — in the locale's words.
 */
export function formatDaysFrom(
  day: string | Date,
  today: string | Date,
  locale: LocaleTag,
): string {
  const a = toDate(day);
  const b = toDate(today);
  if (!a || !b) return UNKNOWN;
  const rtf = relativeTimeFormat(intlLocale(locale), { numeric: 'auto' });
  return rtf.format(differenceInCalendarDays(a, b), 'day');
}
