import { checkInProblems, resolveCheckIn, type CheckInEntry } from '@shared/domain/checkInRules';
import { toIsoDate } from '@shared/domain/cycle';
import { confidenceAt, sortCheckIns } from '@shared/domain/history';
import { checkInSchema, type CheckIn } from '@shared/domain/model';
import { isFileSource, type CheckInSource } from '@shared/feeds/feedSchemas';
import { check } from '@shared/domain/validation';
import { db } from '../schema';
import { isLive, newId, nowStamp, ValidationError } from '../records';
import { assertOpenCycle } from './cycles';
import { readLocale } from './settings';

/**
 * Check-ins are history: appended, never changed in place. Editing one retires it and
 * appends its replacement; deleting retires it. Both give a token that Undo reverses, and the
 * key result's current value and confidence follow the latest live check-in in the same
 * transaction.
 */

const TABLES = [db.checkIns, db.keyResults, db.cycles];

export type { CheckInEntry } from '@shared/domain/checkInRules';

/** What one check-in change did, so Undo can reverse exactly that. */
export interface CheckInChange {
  keyResultId: string;
  stamp: string;
  retired: string[];
  added: string[];
}

/** All of a key result's check-ins, by the [keyResultId+at] index (never a table scan). */
export const checkInsOf = (keyResultId: string, from = '', to = '\uffff'): Promise<CheckIn[]> =>
  db.checkIns
    .where('[keyResultId+at]')
    .between([keyResultId, from], [keyResultId, to], true, true)
    .toArray();

/**
 * Keeps the key result's current value and confidence equal to its latest live check-in.
 * A milestones result keeps its current value: its ticked milestones are the truth, not the
 * history.
 */
async function syncCurrent(keyResultId: string): Promise<void> {
  const kr = await db.keyResults.get(keyResultId);
  if (!kr) return;
  const history = sortCheckIns(await checkInsOf(keyResultId));
  const latest = history[history.length - 1];
  const confidence = confidenceAt(history, '\uffff');
  await db.keyResults.update(keyResultId, {
    ...(kr.kind === 'milestones' ? {} : { current: latest ? latest.value : kr.start }),
    confidence,
    updatedAt: nowStamp(),
  });
}

async function liveKeyResult(keyResultId: string) {
  const kr = await db.keyResults.get(keyResultId);
  if (!isLive(kr)) throw new ValidationError({ id: 'This key result no longer exists' });
  return { kr, cycle: await assertOpenCycle(kr.cycleId) };
}

function validated(
  row: CheckIn,
  cycle: Parameters<typeof checkInProblems>[1],
  locale: string,
  found: Record<string, string> = {},
): CheckIn {
  const errors = { ...found, ...checkInProblems(row, cycle, toIsoDate(new Date()), locale) };
  const r = check(checkInSchema, row);
  if (!r.ok) for (const [k, v] of Object.entries(r.errors)) errors[k] ??= v;
  if (!r.ok || Object.keys(errors).length) throw new ValidationError(errors);
  return r.value;
}

/**
 * The one way to check in: the value (or done, or the milestones ticked), confidence, note
 * and blockers are validated together before anything is written, then the ticks, the
 * check-in and the key result's current value land in one transaction — all or nothing.
 * History is appended, never overwritten; a check-in dated before the latest one is kept as
 * history without changing the current value.
 *
 * `source` says where the value came from. A read from a file (features/feeds) passes it and
 * the key result's feed remembers the value in the same transaction; a check-in by hand on a
 * fed key result is marked `manual` here, so every surface marks it the same way.
 */
export async function checkIn(
  keyResultId: string,
  entry: CheckInEntry,
  source?: CheckInSource,
): Promise<CheckIn> {
  const locale = await readLocale();
  return db.transaction('rw', TABLES, async () => {
    const { kr, cycle } = await liveKeyResult(keyResultId);
    const resolved = resolveCheckIn(kr, entry);
    const row = validated(
      {
        id: newId(),
        keyResultId,
        ownerId: kr.ownerId,
        at: entry.at ?? toIsoDate(new Date()),
        value: resolved.ok ? resolved.value : 0,
        confidence: entry.confidence ?? null,
        note: entry.note ?? '',
        blockers: entry.blockers ?? '',
        createdAt: nowStamp(),
        ...(source ? { source } : kr.feed ? { source: { manual: true as const } } : {}),
      },
      cycle,
      locale,
      resolved.ok ? {} : resolved.errors,
    );
    if (isFileSource(source) && kr.feed)
      await db.keyResults.update(keyResultId, {
        feed: { ...kr.feed, lastValue: row.value, lastReadAt: source.readAt, problem: null },
      });
    if (resolved.ok && resolved.milestones)
      await db.keyResults.update(keyResultId, {
        milestones: resolved.milestones,
        current: resolved.value,
      });
    await db.checkIns.add(row);
    await syncCurrent(keyResultId);
    return row;
  });
}

export type CheckInPatch = Partial<
  Pick<CheckIn, 'at' | 'value' | 'confidence' | 'note' | 'blockers'>
>;

/** Corrects a check-in: the old one is retired (kept), its replacement appended. */
export async function editCheckIn(id: string, patch: CheckInPatch): Promise<CheckInChange> {
  const locale = await readLocale();
  return db.transaction('rw', TABLES, async () => {
    const old = await db.checkIns.get(id);
    if (!isLive(old)) throw new ValidationError({ id: 'This check-in no longer exists' });
    const { kr, cycle } = await liveKeyResult(old.keyResultId);
    // The replacement keeps the original's createdAt so same-day check-ins keep their order.
    // A value corrected by hand is no longer what the file said: it is marked manual.
    const next = {
      ...old,
      ...patch,
      id: newId(),
      deletedAt: null,
      ...(isFileSource(old.source) ? { source: { manual: true as const } } : {}),
    };
    const resolved = resolveCheckIn(kr, { value: next.value });
    const row = validated(next, cycle, locale, resolved.ok ? {} : resolved.errors);
    const stamp = nowStamp();
    await db.checkIns.update(id, { deletedAt: stamp });
    await db.checkIns.add(row);
    await syncCurrent(old.keyResultId);
    return { keyResultId: old.keyResultId, stamp, retired: [id], added: [row.id] };
  });
}

export async function deleteCheckIn(id: string): Promise<CheckInChange> {
  return db.transaction('rw', TABLES, async () => {
    const old = await db.checkIns.get(id);
    if (!isLive(old)) throw new ValidationError({ id: 'This check-in no longer exists' });
    await liveKeyResult(old.keyResultId);
    const stamp = nowStamp();
    await db.checkIns.update(id, { deletedAt: stamp });
    await syncCurrent(old.keyResultId);
    return { keyResultId: old.keyResultId, stamp, retired: [id], added: [] };
  });
}

/** Undo of an edit or delete: the retired check-in comes back, its replacement goes. */
export async function undoCheckInChange(change: CheckInChange): Promise<void> {
  await db.transaction('rw', TABLES, async () => {
    await liveKeyResult(change.keyResultId);
    const stamp = nowStamp();
    if (change.added.length)
      await db.checkIns
        .where('id')
        .anyOf(change.added)
        .filter((c) => !c.deletedAt)
        .modify({ deletedAt: stamp });
    await db.checkIns
      .where('id')
      .anyOf(change.retired)
      .filter((c) => c.deletedAt === change.stamp)
      .modify({ deletedAt: null });
    await syncCurrent(change.keyResultId);
  });
}
