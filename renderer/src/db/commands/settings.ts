import { orgUnitSchema } from '@shared/domain/model';
import {
  checkSettings,
  normalisePreferences,
  PREFERENCE_KEYS,
  type Preferences,
} from '@shared/domain/settings';
import { check } from '@shared/domain/validation';
import { SETTING } from '../bootstrap';
import { db } from '../schema';
import { isLive, nowStamp, ValidationError } from '../records';

/**
 * Reads every preference, each at its default when missing or damaged. One request for the
 * whole (small) table: bulkGet is a request per key.
 */
export async function readPreferences(): Promise<Preferences> {
  const rows = await db.settings.toArray();
  return normalisePreferences(Object.fromEntries(rows.map((r) => [r.key, r.value])));
}

/** The locale messages are written in (read outside a transaction that does not hold settings). */
export const readLocale = async (): Promise<string> => (await readPreferences()).locale;

/**
 * Saves the Settings form: your name (the person made on first launch, renamed everywhere it
 * shows) and the preferences, in one transaction; bad input is refused field by field and
 * nothing is written.
 */
export async function saveSettings(input: unknown): Promise<void> {
  const r = checkSettings(input);
  if (!r.ok) throw new ValidationError(r.errors);
  const { name, ...prefs } = r.value;
  await db.transaction('rw', [db.settings, db.orgUnits], async () => {
    const meId = (await db.settings.get(SETTING.me))?.value;
    const me = typeof meId === 'string' ? await db.orgUnits.get(meId) : undefined;
    if (!isLive(me))
      throw new ValidationError({ name: 'Your person in the organisation no longer exists' });
    if (me.name !== name) {
      const unit = check(orgUnitSchema, { ...me, name, updatedAt: nowStamp() });
      if (!unit.ok) throw new ValidationError(unit.errors);
      await db.orgUnits.put(unit.value);
    }
    await db.settings.bulkPut(
      (Object.keys(PREFERENCE_KEYS) as (keyof Preferences)[]).map((k) => ({
        key: PREFERENCE_KEYS[k],
        value: prefs[k],
      })),
    );
  });
}
