import { db } from '../../../renderer/src/db/schema';
import { ensureWorkspace, SETTING } from '../../../renderer/src/db/bootstrap';

/** A fresh workspace on fake-indexeddb: the company, "Me" and the quarter of `today`. */
export async function freshWorkspace(today = new Date(2026, 10, 25)) {
  db.close();
  await db.delete();
  await db.open();
  await ensureWorkspace(today);
  const company = (await db.orgUnits.where('kind').equals('company').first())!;
  const meId = (await db.settings.get(SETTING.me))!.value as string;
  const cycle = (await db.cycles.toCollection().first())!;
  return { company, meId, cycle };
}
