import {
  addDays,
  differenceInCalendarDays,
  endOfQuarter,
  endOfYear,
  format,
  parseISO,
  startOfQuarter,
  startOfYear,
} from 'date-fns';
import type { Cycle, CycleKind, CycleState } from './model';

export const toIsoDate = (d: Date): string => format(d, 'yyyy-MM-dd');
export const parseDate = (s: string): Date => parseISO(s);

export interface CycleDates {
  name: string;
  start: string;
  end: string;
}

/** The quarter, half or year that contains `day`. */
export function cycleContaining(kind: Exclude<CycleKind, 'custom'>, day: Date): CycleDates {
  const y = day.getFullYear();
  if (kind === 'quarter') {
    const q = Math.floor(day.getMonth() / 3) + 1;
    return {
      name: `Q${q} ${y}`,
      start: toIsoDate(startOfQuarter(day)),
      end: toIsoDate(endOfQuarter(day)),
    };
  }
  if (kind === 'half') {
    const h = day.getMonth() < 6 ? 1 : 2;
    return {
      name: `H${h} ${y}`,
      start: toIsoDate(new Date(y, h === 1 ? 0 : 6, 1)),
      end: toIsoDate(new Date(y, h === 1 ? 5 : 11, h === 1 ? 30 : 31)),
    };
  }
  return { name: `${y}`, start: toIsoDate(startOfYear(day)), end: toIsoDate(endOfYear(day)) };
}

/** The period of the same kind right after `cycle` (custom cycles: same length, next day). */
export function nextCycleDates(cycle: Pick<Cycle, 'kind' | 'start' | 'end'>): CycleDates {
  const after = addDays(parseDate(cycle.end), 1);
  if (cycle.kind === 'custom') {
    const len = differenceInCalendarDays(parseDate(cycle.end), parseDate(cycle.start));
    const end = addDays(after, len);
    return {
      name: `${toIsoDate(after)} – ${toIsoDate(end)}`,
      start: toIsoDate(after),
      end: toIsoDate(end),
    };
  }
  return cycleContaining(cycle.kind, after);
}

export const cycleLengthDays = (c: Pick<Cycle, 'start' | 'end'>): number =>
  differenceInCalendarDays(parseDate(c.end), parseDate(c.start)) + 1;

/** Days left including today; 0 once the cycle has ended. */
export function daysLeft(c: Pick<Cycle, 'start' | 'end'>, today: Date): number {
  const left = differenceInCalendarDays(parseDate(c.end), today) + 1;
  return Math.max(0, Math.min(left, cycleLengthDays(c)));
}

/** Share of the cycle's time elapsed by the end of `today`, 0–1. */
export function fractionElapsed(c: Pick<Cycle, 'start' | 'end'>, today: Date): number {
  const total = cycleLengthDays(c);
  const done = differenceInCalendarDays(today, parseDate(c.start)) + 1;
  return Math.min(1, Math.max(0, done / total));
}

export const isDateInCycle = (date: string, c: Pick<Cycle, 'start' | 'end'>): boolean =>
  date >= c.start && date <= c.end;

const NEXT_STATE: Record<CycleState, CycleState | null> = {
  planning: 'active',
  active: 'review',
  review: 'closed',
  closed: null,
};
export const nextCycleState = (s: CycleState): CycleState | null => NEXT_STATE[s];
export const CYCLE_STATE_LABELS: Record<CycleState, string> = {
  planning: 'Planning',
  active: 'Active',
  review: 'Review',
  closed: 'Closed',
};
