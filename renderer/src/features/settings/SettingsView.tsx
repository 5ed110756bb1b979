import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  LOCALES,
  THEMES,
  WEEKDAY_NAMES,
  type Preferences,
  type Theme,
  type Weekday,
} from '@shared/domain/settings';
import { parseNumberInput } from '@shared/domain/validation';
import { SETTING } from '../../db/bootstrap';
import { readPreferences, saveSettings } from '../../db/commands/settings';
import { db } from '../../db/schema';
import { useUi } from '../../store/ui';
import { reportFieldErrors } from '../../ui/errors';
import { Field } from '../../ui/Field';
import { HostingSection } from '../hosting/HostingSection';
import { NotificationStatus } from './NotificationStatus';
import './settings.css';

const THEME_LABELS: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };

interface Loaded {
  name: string;
  prefs: Preferences;
}

/** Who you are and how Cairn reads to you; one Save writes it all at once. */
export function SettingsView() {
  const loaded = useLiveQuery(async (): Promise<Loaded> => {
    const meId = (await db.settings.get(SETTING.me))?.value;
    const me = typeof meId === 'string' ? await db.orgUnits.get(meId) : undefined;
    return { name: me?.name ?? '', prefs: await readPreferences() };
  }, []);
  return (
    <section className="view settings" aria-labelledby="settings-title">
      <header className="view__header">
        <h1 id="settings-title">Settings</h1>
      </header>
      {loaded ? <SettingsForm initial={loaded} /> : <p className="muted">Loading…</p>}
      <HostingSection />
    </section>
  );
}

interface WeekdayProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
  value: Weekday;
  onChange: (day: Weekday) => void;
}

function WeekdaySelect({ value, onChange, ...rest }: WeekdayProps) {
  return (
    <select {...rest} value={value} onChange={(e) => onChange(Number(e.target.value) as Weekday)}>
      {WEEKDAY_NAMES.map((d, i) => (
        <option key={d} value={i}>
          {d}
        </option>
      ))}
    </select>
  );
}

interface FormProps {
  initial: Loaded;
}

function SettingsForm({ initial }: FormProps) {
  const [name, setName] = useState(initial.name);
  const [weekStartsOn, setWeekStartsOn] = useState(initial.prefs.weekStartsOn);
  const [theme, setTheme] = useState<Theme>(initial.prefs.theme);
  const [staleDays, setStaleDays] = useState(String(initial.prefs.staleDays));
  const [checkInDay, setCheckInDay] = useState(initial.prefs.checkInDay);
  const [checkInTime, setCheckInTime] = useState(initial.prefs.checkInTime);
  const [locale, setLocale] = useState(initial.prefs.locale);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const systemLocale = typeof navigator === 'undefined' ? '' : navigator.language;
  const locales = LOCALES.some((l) => l.tag === locale)
    ? LOCALES
    : [...LOCALES, ...(locale ? [{ tag: locale, name: locale }] : [])];

  const save = async () => {
    setSaving(true);
    try {
      await saveSettings({
        name,
        weekStartsOn,
        theme,
        staleDays: parseNumberInput(staleDays) ?? NaN,
        checkInDay,
        checkInTime,
        locale,
      });
      setErrors({});
      useUi.getState().toast('Settings saved');
    } catch (err) {
      reportFieldErrors(err, setErrors);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="settings__form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <fieldset className="settings__group">
        <legend>You</legend>
        <Field
          label="Your name"
          error={errors.name}
          hint="The person Cairn made for you on first launch; the new name shows everywhere."
        >
          {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
      </fieldset>

      <fieldset className="settings__group">
        <legend>Appearance</legend>
        <Field
          label="Theme"
          error={errors.theme}
          hint="System follows your computer's light or dark setting."
        >
          {(p) => (
            <select {...p} value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
              {THEMES.map((t) => (
                <option key={t} value={t}>
                  {THEME_LABELS[t]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Locale for dates and numbers" error={errors.locale}>
          {(p) => (
            <select {...p} value={locale} onChange={(e) => setLocale(e.target.value)}>
              <option value="">System{systemLocale ? ` (${systemLocale})` : ''}</option>
              {locales.map((l) => (
                <option key={l.tag} value={l.tag}>
                  {l.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="First day of the week" error={errors.weekStartsOn}>
          {(p) => <WeekdaySelect {...p} value={weekStartsOn} onChange={setWeekStartsOn} />}
        </Field>
      </fieldset>

      <fieldset className="settings__group">
        <legend>Check-ins</legend>
        <Field
          label="Check-in day"
          error={errors.checkInDay}
          hint="The day of the week your team checks in."
        >
          {(p) => <WeekdaySelect {...p} value={checkInDay} onChange={setCheckInDay} />}
        </Field>
        <Field
          label="Check-in time"
          error={errors.checkInTime}
          hint="On the check-in day at this time (this computer's clock), Cairn reminds you of the key results due."
        >
          {(p) => (
            <input
              {...p}
              type="time"
              className="settings__time"
              value={checkInTime}
              onChange={(e) => setCheckInTime(e.target.value)}
            />
          )}
        </Field>
        <NotificationStatus />
        <Field
          label="Stale after (days)"
          error={errors.staleDays}
          hint="A key result nobody has checked in on for this many days is marked Stale."
        >
          {(p) => (
            <input
              {...p}
              inputMode="numeric"
              className="settings__days"
              value={staleDays}
              onChange={(e) => setStaleDays(e.target.value)}
            />
          )}
        </Field>
      </fieldset>

      <div className="settings__actions">
        <button type="submit" className="primary" disabled={saving}>
          Save settings
        </button>
      </div>
    </form>
  );
}
