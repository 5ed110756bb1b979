import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/schema';
import { readPreferences, saveSettings } from '../../../renderer/src/db/commands/settings';
import { ValidationError } from '../../../renderer/src/db/records';
import { DEFAULT_PREFERENCES } from '../../../shared/domain/settings';
import { freshWorkspace } from './helpers';

let ws: Awaited<ReturnType<typeof freshWorkspace>>;
beforeEach(async () => {
  ws = await freshWorkspace();
});

const form = {
  name: 'Mei',
  weekStartsOn: 0,
  theme: 'dark',
  staleDays: 10,
  checkInDay: 5,
  checkInTime: '07:15',
  locale: 'de-DE',
};

describe('saveSettings', () => {
  it('renames the person made on first launch and stores every preference', async () => {
    expect(await readPreferences()).toEqual(DEFAULT_PREFERENCES);
    await saveSettings(form);
    expect((await db.orgUnits.get(ws.meId))!.name).toBe('Mei');
    expect(await readPreferences()).toEqual({
      weekStartsOn: 0,
      theme: 'dark',
      staleDays: 10,
      checkInDay: 5,
      checkInTime: '07:15',
      locale: 'de-DE',
    });
  });
  it('writes nothing when one field is wrong, and says which', async () => {
    const err = await saveSettings({ ...form, staleDays: 0 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).errors).toEqual({
      staleDays: 'Stale after must be a whole number of days from 1 to 365',
    });
    expect((await db.orgUnits.get(ws.meId))!.name).toBe('Me');
    expect(await readPreferences()).toEqual(DEFAULT_PREFERENCES);
  });
});
