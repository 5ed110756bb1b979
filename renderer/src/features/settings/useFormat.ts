import { useMemo } from 'react';
import {
  formatCount,
  formatDate,
  formatDateRange,
  formatDateTime,
  formatTime,
  formatDaysFrom,
  formatNumber,
  formatQuantity,
  type Noun,
} from '@shared/format';
import { usePreferences } from './usePreferences';

/** The person's locale ('' for the system's), live from Settings. */
export const useLocale = (): string => usePreferences().locale;

export interface Format {
  locale: string;
  date(when: string | Date): string;
  dateTime(when: string | Date): string;
  /** The time of day alone, where the day shows beside it. */
  time(when: string | Date): string;
  dateRange(start: string | Date, end: string | Date, options?: { weekdays?: boolean }): string;
  daysFrom(day: string | Date, today: string | Date): string;
  number(n: number): string;
  count(n: number, noun: Noun): string;
  quantity(n: number, unit: string): string;
}

/**
 * The shared formatters bound to the person's locale, so a component writes `f.date(day)`
 * and every screen reads dates and numbers the same way (the rules live in shared/format).
 */
export function useFormat(): Format {
  const locale = useLocale();
  return useMemo(
    () => ({
      locale,
      date: (when) => formatDate(when, locale),
      dateTime: (when) => formatDateTime(when, locale),
      time: (when) => formatTime(when, locale),
      dateRange: (start, end, options) => formatDateRange(start, end, locale, options),
      daysFrom: (day, today) => formatDaysFrom(day, today, locale),
      number: (n) => formatNumber(n, locale),
      count: (n, noun) => formatCount(n, noun, locale),
      quantity: (n, unit) => formatQuantity(n, unit, locale),
    }),
    [locale],
  );
}
