import { db } from '../schema';

/**
 * The check-in moment (`slotKey`) this workspace was last reminded of. Kept in the workspace's
 * own settings table rather than localStorage: each workspace is its own database, so it is
 * per workspace with no key to build, it goes through a command like every other write, and
 * team sync keeps settings on this machine (recordDoc's LOCAL_ONLY).
 */
export const REMINDED_KEY = 'remindedFor';

export async function readLastReminded(): Promise<string | null> {
  const row = await db.settings.get(REMINDED_KEY);
  return typeof row?.value === 'string' ? row.value : null;
}

export async function rememberReminded(slot: string): Promise<void> {
  await db.transaction('rw', db.settings, () =>
    db.settings.put({ key: REMINDED_KEY, value: slot }),
  );
}
