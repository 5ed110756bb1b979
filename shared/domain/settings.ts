import { z } from '../zod';
import { titleField } from './model';
import { DEFAULT_STALE_DAYS, normaliseStaleDays } from './staleness';
import { check, type Checked } from './validation';

/**
 * A person's preferences: how the window looks and how dates, weeks and numbers read. Each is
 * one row of the `settings` table; a missing or damaged row reads as its default, so an old
 * backup or a hand-edited value never breaks the app.
 */

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** 0 = Sunday … 6 = Saturday, as date-fns' `weekStartsOn` and `Date.getDay()` count. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;
export const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/** Locales offered by name; '' means "the system's", whatever the computer is set to. */
export const LOCALES = [
  { tag: 'en-GB', name: 'English (United Kingdom)' },
  { tag: 'en-US', name: 'English (United States)' },
  { tag: 'de-DE', name: 'Deutsch (Deutschland)' },
  { tag: 'fr-FR', name: 'Français (France)' },
  { tag: 'es-ES', name: 'Español (España)' },
  { tag: 'it-IT', name: 'Italiano (Italia)' },
  { tag: 'nl-NL', name: 'Nederlands (Nederland)' },
  { tag: 'pt-BR', name: 'Português (Brasil)' },
  { tag: 'sv-SE', name: 'Svenska (Sverige)' },
  { tag: 'pl-PL', name: 'Polski (Polska)' },
  { tag: 'ja-JP', name: '日本語 (日本)' },
  { tag: 'zh-CN', name: '中文 (中国)' },
] as const;

export interface Preferences {
  weekStartsOn: Weekday;
  theme: Theme;
  staleDays: number;
  checkInDay: Weekday;
  /** The check-in reminder's time on the check-in day, "HH:mm" in the machine's time zone. */
  checkInTime: string;
  /** A BCP 47 tag such as `de-DE`, or '' for the system's locale. */
  locale: string;
}

/** The keys preferences are stored under in the `settings` table. */
export const PREFERENCE_KEYS = {
  weekStartsOn: 'weekStartsOn',
  theme: 'theme',
  staleDays: 'staleDays',
  checkInDay: 'checkInDay',
  checkInTime: 'checkInTime',
  locale: 'locale',
} as const satisfies Record<keyof Preferences, string>;

export const DEFAULT_PREFERENCES: Preferences = {
  weekStartsOn: 1,
  theme: 'system',
  staleDays: DEFAULT_STALE_DAYS,
  checkInDay: 1,
  checkInTime: '09:00',
  locale: '',
};

/** A 24-hour "HH:mm" time, as `<input type="time">` gives it. */
export const isCheckInTime = (v: unknown): v is string =>
  typeof v === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(v);

/** Whether a locale tag is one Intl understands ('' is the system's and always fine). */
export function isKnownLocale(tag: string): boolean {
  if (tag === '') return true;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

const weekday = (what: string) =>
  z.custom<Weekday>((v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 6, {
    message: `${what} must be a day of the week`,
  });

/** What the Settings form may save; each message names the field as the form labels it. */
export const settingsInputSchema = z.object({
  name: titleField,
  weekStartsOn: weekday('First day of the week'),
  theme: z.enum(THEMES, { message: 'Theme must be System, Light or Dark' }),
  staleDays: z.custom<number>(
    (v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 365,
    { message: 'Stale after must be a whole number of days from 1 to 365' },
  ),
  checkInDay: weekday('Check-in day'),
  checkInTime: z.custom<string>(isCheckInTime, {
    message: 'Check-in time must be a time of day such as 09:00',
  }),
  locale: z.string().refine(isKnownLocale, { message: 'Locale is not a language tag we know' }),
});
export type SettingsInput = z.infer<typeof settingsInputSchema>;

/** Checks a Settings form; messages come back per field, ready to show beside it. */
export function checkSettings(input: unknown): Checked<SettingsInput> {
  const r = check(settingsInputSchema, input);
  if (r.ok) return r;
  // Custom messages already say which field; the shared helper would prefix the key again.
  const errors = Object.fromEntries(
    Object.entries(r.errors).map(([k, m]) => [k, m.replace(new RegExp(`^${k} `), '')]),
  );
  return { ok: false, errors };
}

const asWeekday = (v: unknown, fallback: Weekday): Weekday =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 6 ? (v as Weekday) : fallback;

/** Stored rows (key → value, anything) → preferences, each damaged or missing one at its default. */
export function normalisePreferences(stored: Record<string, unknown>): Preferences {
  const theme = stored[PREFERENCE_KEYS.theme];
  const locale = stored[PREFERENCE_KEYS.locale];
  return {
    weekStartsOn: asWeekday(stored[PREFERENCE_KEYS.weekStartsOn], DEFAULT_PREFERENCES.weekStartsOn),
    theme: THEMES.includes(theme as Theme) ? (theme as Theme) : DEFAULT_PREFERENCES.theme,
    staleDays: normaliseStaleDays(stored[PREFERENCE_KEYS.staleDays]),
    checkInDay: asWeekday(stored[PREFERENCE_KEYS.checkInDay], DEFAULT_PREFERENCES.checkInDay),
    checkInTime: isCheckInTime(stored[PREFERENCE_KEYS.checkInTime])
      ? (stored[PREFERENCE_KEYS.checkInTime] as string)
      : DEFAULT_PREFERENCES.checkInTime,
    locale:
      typeof locale === 'string' && isKnownLocale(locale) ? locale : DEFAULT_PREFERENCES.locale,
  };
}

/** The theme the window shows: the chosen one, or the system's when the choice is "system". */
export const resolveTheme = (theme: Theme, systemPrefersDark: boolean): 'light' | 'dark' =>
  theme === 'system' ? (systemPrefersDark ? 'dark' : 'light') : theme;
