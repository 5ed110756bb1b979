import { parseDates } from './model';

/**
 * A due point written inside a title: a day ("by 2020-04-02", "starting Sept. 1"), a month ("in
 * March", "by the end of January"), or the end of a period ("end of Q4", "EOQ", "in early Q2",
 * "by end 2025"). Naming the period as a whole ("in Q2") is not a deadline, and neither is a
 * duration ("within one release", "30 days").
 */
export interface StatedDeadline {
  text: string;
  /** yyyy-MM-dd when the title names a day or a month that can be placed; else null. */
  date: string | null;
}

/** The end of a period, in words a calendar parser does not read. */
const PERIOD_END =
  /\b(?:by\s+(?:the\s+)?end\s+(?:of\s+)?(?:the\s+)?(?:quarter|year|month|fy\s*\d{2,4}|q[1-4]|\d{4})|(?:by\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?(?:quarter|year|fy\s*\d{2,4}|q[1-4])|end\s+q[1-4]\b|eo[qy]\d?\b|(?:in\s+)?(?:early|mid|late)[\s-]q[1-4]|by\s+q[1-4](?:\s+fy\s*\d{2,4})?|(?:fiscal\s+)?year[\s-]end|by\s+(?:the\s+)?end\s+\d{4})/i;

/** A chrono match made only of a duration or a time of day is not a due point. */
const DURATION =
  /^(?:within\s+)?(?:an?|one|\d+(?:[.,]\d+)?)\s*(?:hours?|hrs?|days?|weeks?|months?|years?|minutes?|mins?)$/i;
const TIME_ONLY = /^(?:\d{1,2}(?::\d{2})?\s*(?:am|pm)|noon|midnight|now|today|tonight)$/i;

const iso = (d: Date): string =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/**
 * The deadline a title names, read against the cycle's start (a month without a year is the
 * next one from there); null when it names none.
 */
export function statedDeadline(
  title: string,
  from: string | null | undefined,
): StatedDeadline | null {
  const key = `${from ?? ''}\n${title}`;
  let found = remembered.get(key);
  if (found === undefined) {
    found = mayNameADate(title) ? readDeadline(title, from) : null;
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(key, found);
  }
  return found;
}

/**
 * Words without which a title names no date: most titles have none, and the calendar parser
 * is the costly part of reading a title, so it only runs when one of these is there.
 */
const MAY_NAME_A_DATE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|\d{1,4}[-/.]\d{1,2}|\b(?:end|eo[qy]\d?|q[1-4]|year|starting|until|till|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)\b/i;

export const mayNameADate = (title: string): boolean => MAY_NAME_A_DATE.test(title);

/** Titles read lately, against their cycle's start: the coach re-reads the same ones each run. */
const MAX_REMEMBERED = 50_000;
const remembered = new Map<string, StatedDeadline | null>();

function readDeadline(title: string, from: string | null | undefined): StatedDeadline | null {
  const period = PERIOD_END.exec(title);
  if (period) return { text: period[0].trim(), date: null };
  const ref =
    from && /^\d{4}-\d{2}-\d{2}/.test(from)
      ? new Date(`${from.slice(0, 10)}T12:00:00`)
      : new Date(2000, 0, 1);
  for (const r of parseDates(title, ref, { forwardDate: true })) {
    const text = r.text.trim();
    if (DURATION.test(text) || TIME_ONLY.test(text)) continue;
    // A bare year ("in 2025") names the horizon, not a due point; "by end 2025" is read above.
    if (!r.start.isCertain('month') && !r.start.isCertain('day')) continue;
    if (/^\d+\s/.test(text) && !r.start.isCertain('month')) continue;
    return { text, date: iso(r.start.date()) };
  }
  return null;
}
