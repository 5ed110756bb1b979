import { afterEach, describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDate,
  formatDateRange,
  formatDateTime,
  formatDaysFrom,
  formatNumber,
  formatQuantity,
  nounFor,
} from '../../../shared/format';

const zoneBefore = process.env.TZ;
const inZone = (zone: string) => {
  process.env.TZ = zone;
};
afterEach(() => {
  process.env.TZ = zoneBefore;
});

describe('formatDate', () => {
  it('writes a day in the order and words of the chosen locale', () => {
    expect(formatDate('2026-12-05', 'en-GB')).toBe('5 Dec 2026');
    expect(formatDate('2026-12-05', 'en-US')).toBe('Dec 5, 2026');
    expect(formatDate('2026-12-05', 'de')).toBe('5. Dez. 2026');
  });

  it('never shows the stored yyyy-mm-dd form', () => {
    expect(formatDate('2026-01-09', 'en-GB')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('keeps a stored day on that day west of Greenwich, where UTC midnight is the evening before', () => {
    inZone('America/Los_Angeles');
    expect(formatDate('2026-03-01', 'en-GB')).toBe('1 Mar 2026');
  });

  it('keeps the day on the night the clocks change', () => {
    inZone('Europe/Berlin');
    expect(formatDate('2026-03-29', 'en-GB')).toBe('29 Mar 2026');
    expect(formatDate('2026-10-25', 'en-GB')).toBe('25 Oct 2026');
  });

  it('keeps a day whose midnight never happened (São Paulo skipped 0:00 on 4 Nov 2018)', () => {
    inZone('America/Sao_Paulo');
    expect(formatDate('2018-11-04', 'en-GB')).toBe('4 Nov 2018');
  });

  it('says the date is unknown rather than "Invalid Date"', () => {
    expect(formatDate('not a date', 'en-GB')).toBe('an unknown date');
  });
});

describe('formatDateTime', () => {
  it('reads a saved moment with its time of day in the local zone', () => {
    inZone('Europe/London');
    expect(formatDateTime('2026-12-05T07:13:08.000Z', 'en-GB')).toBe('5 Dec 2026, 7:13');
    expect(formatDateTime('2026-12-05T07:13:08.000Z', 'en-US')).toBe('Dec 5, 2026, 7:13 AM');
  });
});

describe('formatDateRange', () => {
  it('names the shared year once', () => {
    expect(formatDateRange('2026-10-01', '2026-12-31', 'en-GB')).toBe('1 Oct – 31 Dec 2026');
    expect(formatDateRange('2026-10-01', '2026-12-31', 'en-US')).toBe('Oct 1 – Dec 31, 2026');
    expect(formatDateRange('2026-10-01', '2026-12-31', 'de')).toBe('1. Okt. – 31. Dez. 2026');
  });

  it('names both years when the range crosses one', () => {
    expect(formatDateRange('2026-11-01', '2027-01-31', 'en-GB')).toBe('1 Nov 2026 – 31 Jan 2027');
  });

  it('names the weekdays of a week when asked, in the locale’s words', () => {
    expect(formatDateRange('2026-11-29', '2026-12-05', 'en-GB', { weekdays: true })).toBe(
      'Sunday 29 Nov – Saturday 5 Dec 2026',
    );
    expect(formatDateRange('2026-11-29', '2026-12-05', 'de', { weekdays: true })).toBe(
      'Sonntag, 29. Nov. – Samstag, 5. Dez. 2026',
    );
  });

  it('reads a backwards range as typed instead of failing', () => {
    expect(formatDateRange('2026-12-31', '2026-10-01', 'en-GB')).toBe('31 Dec 2026 – 1 Oct 2026');
  });
});

describe('formatDaysFrom', () => {
  it('counts whole calendar days, across a clock change', () => {
    inZone('Europe/Berlin');
    expect(formatDaysFrom('2026-03-27', '2026-03-30', 'en-GB')).toBe('3 days ago');
    expect(formatDaysFrom('2026-03-29', '2026-03-30', 'en-GB')).toBe('yesterday');
    expect(formatDaysFrom('2026-03-30', '2026-03-30', 'en-GB')).toBe('today');
    expect(formatDaysFrom('2026-04-01', '2026-03-30', 'de')).toBe('übermorgen');
  });
});

describe('formatNumber', () => {
  it('uses the locale’s decimal mark and grouping', () => {
    expect(formatNumber(1234.5, 'en-GB')).toBe('1,234.5');
    expect(formatNumber(1234.5, 'de')).toBe('1.234,5');
  });
});

describe('formatCount', () => {
  it('reads "1 objective" and "2 objectives"', () => {
    expect(formatCount(1, 'objective', 'en-GB')).toBe('1 objective');
    expect(formatCount(2, 'objective', 'en-GB')).toBe('2 objectives');
    expect(formatCount(0, 'objective', 'en-GB')).toBe('0 objectives');
  });

  it('takes an irregular plural', () => {
    expect(formatCount(1, { one: 'objective misses', other: 'objectives miss' }, 'en-US')).toBe(
      '1 objective misses',
    );
    expect(nounFor(3, { one: 'its', other: 'their' })).toBe('their');
  });

  it('writes the number in the locale, the noun in English', () => {
    expect(formatCount(1200, 'check-in', 'de')).toBe('1.200 check-ins');
  });
});

describe('formatQuantity', () => {
  it('reads "1 talk", not "1 talks"', () => {
    expect(formatQuantity(1, 'talks', 'en-GB')).toBe('1 talk');
    expect(formatQuantity(3, 'talks', 'en-GB')).toBe('3 talks');
    expect(formatQuantity(1, 'case studies', 'en-GB')).toBe('1 case studies');
    expect(formatQuantity(1, 'stories', 'en-GB')).toBe('1 story');
  });

  it('leaves units that are not a counted plural as typed', () => {
    expect(formatQuantity(1, '%', 'en-GB')).toBe('1 %');
    expect(formatQuantity(1, 'kbps', 'en-GB')).toBe('1 kbps');
    expect(formatQuantity(1, 'NPS', 'en-GB')).toBe('1 NPS');
    expect(formatQuantity(1, 'status', 'en-GB')).toBe('1 status');
    expect(formatQuantity(1250, 'users', 'de')).toBe('1.250 users');
    expect(formatQuantity(7, '', 'en-GB')).toBe('7');
  });
});
