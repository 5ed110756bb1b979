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
import { formatDateRange, type LocaleTag } from '../format';
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
  if (cycle.kind === 'custom') return customCycleFrom(after, cycleLengthDays(cycle));
  return cycleContaining(cycle.kind, after);
}

/** A custom cycle of `days` days starting on `start`, named by its dates. */
function customCycleFrom(start: Date, days: number): CycleDates {
  const end = addDays(start, days - 1);
  return {
    name: `${toIsoDate(start)} – ${toIsoDate(end)}`,
    start: toIsoDate(start),
    end: toIsoDate(end),
  };
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

/** A state after "is", as a sentence needs it: "Q4 2026 is in review", "… is active". */
export const CYCLE_STATE_AFTER_IS: Record<CycleState, string> = {
  planning: 'in planning',
  active: 'active',
  review: 'in review',
  closed: 'closed',
};

type Dated = Pick<Cycle, 'kind' | 'start' | 'end'> & { deletedAt?: string | null };

/**
 * Default dates for a new cycle of `kind` among one owner's `cycles`: the period right after
 * the latest cycle of that kind (Q1 2027 after Q4 2026), so a new cycle never repeats one that
 * exists. A period that would already be over gives way to the one containing `today`; with no
 * cycle of that kind yet, the one containing `today` (custom: starting today, end left open).
 */
export function suggestCycleDates(
  kind: CycleKind,
  cycles: readonly Dated[],
  today: Date,
): CycleDates {
  const latest = cycles
    .filter((c) => c.kind === kind && !c.deletedAt)
    .reduce<Dated | undefined>((a, c) => (!a || c.end > a.end ? c : a), undefined);
  const todayIso = toIsoDate(today);
  if (!latest)
    return kind === 'custom'
      ? { name: '', start: todayIso, end: '' }
      : cycleContaining(kind, today);
  const next = nextCycleDates(latest);
  if (next.end >= todayIso) return next;
  if (kind !== 'custom') return cycleContaining(kind, today);
  return customCycleFrom(today, cycleLengthDays(latest));
}

type Placed = Pick<Cycle, 'kind' | 'ownerId' | 'start' | 'end'> & { id?: string };

/**
 * The cycle of the same kind and owner whose dates overlap `candidate`'s, if any (the
 * candidate itself and deleted cycles aside). Quarters may sit inside a half or a year; two
 * quarters may not share a day.
 */
export function findOverlappingCycle<C extends Placed & { deletedAt?: string | null }>(
  candidate: Placed,
  cycles: readonly C[],
): C | undefined {
  return cycles.find(
    (c) =>
      !c.deletedAt &&
      c.id !== candidate.id &&
      c.kind === candidate.kind &&
      c.ownerId === candidate.ownerId &&
      c.start <= candidate.end &&
      candidate.start <= c.end,
  );
}

/** What a refused overlapping cycle is told: `Overlaps Q4 2026 (1 Oct – 31 Dec 2026)`. */
export const overlapMessage = (
  c: Pick<Cycle, 'name' | 'start' | 'end'>,
  locale: LocaleTag = '',
): string => `Overlaps ${c.name} (${formatDateRange(c.start, c.end, locale)})`;
