import { describe, expect, it } from 'vitest';
import {
  checkSettings,
  DEFAULT_PREFERENCES,
  normalisePreferences,
  resolveTheme,
} from '../../../shared/domain/settings';

const valid = {
  name: 'Mei',
  weekStartsOn: 1,
  theme: 'dark',
  staleDays: 10,
  checkInDay: 5,
  checkInTime: '08:30',
  locale: 'de-DE',
};

describe('normalisePreferences', () => {
  it('reads nothing stored as the defaults: Monday weeks, the system theme and locale, 14 days', () => {
    expect(normalisePreferences({})).toEqual(DEFAULT_PREFERENCES);
    expect(DEFAULT_PREFERENCES).toMatchObject({
      weekStartsOn: 1,
      theme: 'system',
      staleDays: 14,
      checkInDay: 1,
      checkInTime: '09:00',
      locale: '',
    });
  });
  it('keeps stored values that make sense', () => {
    expect(
      normalisePreferences({
        weekStartsOn: 0,
        theme: 'light',
        staleDays: 7,
        checkInDay: 4,
        checkInTime: '17:45',
        locale: 'fr-FR',
      }),
    ).toEqual({
      weekStartsOn: 0,
      theme: 'light',
      staleDays: 7,
      checkInDay: 4,
      checkInTime: '17:45',
      locale: 'fr-FR',
    });
  });
  it('puts each damaged value back to its default without touching the others', () => {
    expect(
      normalisePreferences({
        weekStartsOn: 9,
        theme: 'purple',
        staleDays: 0,
        checkInDay: 2,
        checkInTime: '25:00',
        locale: 'not a locale!',
      }),
    ).toEqual({ ...DEFAULT_PREFERENCES, checkInDay: 2 });
  });
});

describe('checkSettings', () => {
  it('accepts a complete form', () => {
    expect(checkSettings(valid)).toEqual({ ok: true, value: valid });
  });
  it('refuses an empty name and a stale-after outside 1–365 days, naming each field', () => {
    const r = checkSettings({ ...valid, name: '  ', staleDays: 400 });
    expect(r).toEqual({
      ok: false,
      errors: {
        name: 'Name cannot be empty',
        staleDays: 'Stale after must be a whole number of days from 1 to 365',
      },
    });
  });
  it('refuses a stale-after that is not a whole number, and an unknown theme or weekday', () => {
    const r = checkSettings({ ...valid, staleDays: 2.5, theme: 'purple', checkInDay: 7 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.staleDays).toBe('Stale after must be a whole number of days from 1 to 365');
    expect(r.errors.theme).toBe('Theme must be System, Light or Dark');
    expect(r.errors.checkInDay).toBe('Check-in day must be a day of the week');
  });
  it('refuses a check-in time that is not a time of day', () => {
    for (const checkInTime of ['9', '24:00', '09:60', 'nine', '']) {
      expect(checkSettings({ ...valid, checkInTime })).toEqual({
        ok: false,
        errors: { checkInTime: 'Check-in time must be a time of day such as 09:00' },
      });
    }
  });
  it('refuses a locale that is not a language tag', () => {
    const r = checkSettings({ ...valid, locale: 'not a locale!' });
    expect(r).toEqual({ ok: false, errors: { locale: 'Locale is not a language tag we know' } });
  });
});

describe('resolveTheme', () => {
  it('follows the system only when the choice is "system"', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });
});
