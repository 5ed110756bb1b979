import { toIsoDate } from '@shared/domain/cycle';
import { keyResultSchema, type KeyResult } from '@shared/domain/model';
import { check } from '@shared/domain/validation';
import { keyResultFeedSchema, type KeyResultFeed } from '@shared/feeds/feedSchemas';
import { feedStep } from '@shared/feeds/feedStep';
import type { FeedOutcome } from '@shared/feeds/table';
import { db } from '../schema';
import { isLive, nowStamp, ValidationError } from '../records';
import { checkIn } from './checkins';

/**
 * Key results fed from files: link, unlink, and record one read. A good read that differs
 * from the last value read goes through the one `checkIn` command with its provenance; a bad
 * read writes no check-in, only the problem on the key result's feed.
 */

/** A link as the dialog saves it; Undo of an unlink also brings back the last value read. */
export type FeedLink = Omit<KeyResultFeed, 'lastReadAt' | 'problem'>;

const FEEDABLE: ReadonlySet<KeyResult['kind']> = new Set([
  'increase',
  'decrease',
  'stayAbove',
  'stayBelow',
]);

export const canBeFed = (kr: Pick<KeyResult, 'kind'>): boolean => FEEDABLE.has(kr.kind);

async function liveKr(id: string): Promise<KeyResult> {
  const kr = await db.keyResults.get(id);
  if (!isLive(kr)) throw new ValidationError({ id: 'This key result no longer exists' });
  return kr;
}

/** Links a key result to a file; the first read follows (features/feeds/feedRunner). */
export async function linkFeed(keyResultId: string, link: FeedLink): Promise<KeyResult> {
  return db.transaction('rw', db.keyResults, async () => {
    const kr = await liveKr(keyResultId);
    if (!canBeFed(kr))
      throw new ValidationError({
        feed: 'Only a key result measured by a number can be fed from a file',
      });
    const feed = check(keyResultFeedSchema, {
      ...link,
      lastValue: link.lastValue ?? null,
      problem: null,
    });
    if (!feed.ok) throw new ValidationError(feed.errors);
    const next = check(keyResultSchema, { ...kr, feed: feed.value, updatedAt: nowStamp() });
    if (!next.ok) throw new ValidationError(next.errors);
    await db.keyResults.put(next.value);
    return next.value;
  });
}

/** Unlinks: the key result keeps every check-in the file gave it. Returns the old link. */
export async function unlinkFeed(keyResultId: string): Promise<KeyResultFeed | null> {
  return db.transaction('rw', db.keyResults, async () => {
    const kr = await liveKr(keyResultId);
    const old = kr.feed ?? null;
    const { feed: _dropped, ...rest } = kr;
    await db.keyResults.put({ ...rest, updatedAt: nowStamp() });
    return old;
  });
}

async function setProblem(keyResultId: string, fileRef: string, message: string): Promise<void> {
  await db.transaction('rw', db.keyResults, async () => {
    const kr = await db.keyResults.get(keyResultId);
    // The link changed while the file was read: this read is about a file no longer linked.
    if (!isLive(kr) || kr.feed?.fileRef !== fileRef) return;
    if (kr.feed.problem === message) return;
    await db.keyResults.update(keyResultId, {
      feed: { ...kr.feed, problem: message },
    });
  });
}

export type FeedRecord = 'checked-in' | 'unchanged' | 'problem' | 'unlinked' | 'closed';

/**
 * Records one read of a key result's file. Only a value that differs from the last one read
 * writes a check-in, so a manual check-in stays the latest until the file itself changes.
 */
export async function recordFeedRead(
  keyResultId: string,
  fileRef: string,
  outcome: FeedOutcome,
  readAt: Date = new Date(),
): Promise<FeedRecord> {
  const kr = await db.keyResults.get(keyResultId);
  if (!isLive(kr) || !kr.feed || kr.feed.fileRef !== fileRef) return 'unlinked';
  // A closed cycle is history: its key results take no check-ins, and no problems either.
  if ((await db.cycles.get(kr.cycleId))?.state === 'closed') return 'closed';
  const step = feedStep(kr.feed, outcome, readAt);
  if (step.kind === 'problem') {
    await setProblem(keyResultId, fileRef, step.message);
    return 'problem';
  }
  if (step.kind === 'unchanged') {
    if (step.clearProblem)
      await db.keyResults.update(keyResultId, { feed: { ...kr.feed, problem: null } });
    return 'unchanged';
  }
  try {
    await checkIn(keyResultId, { value: step.value, at: toIsoDate(readAt) }, step.source);
    return 'checked-in';
  } catch (e) {
    // The check-in was refused (a closed cycle, a day outside it): nothing was written; say why.
    if (!(e instanceof ValidationError)) throw e;
    await setProblem(keyResultId, fileRef, `Read ${step.value}, but ${e.message}`);
    return 'problem';
  }
}
