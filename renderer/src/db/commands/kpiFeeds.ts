import { toIsoDate } from '@shared/domain/cycle';
import { kpiSchema, type Kpi } from '@shared/domain/kpiModel';
import { check } from '@shared/domain/validation';
import { keyResultFeedSchema, type KeyResultFeed } from '@shared/feeds/feedSchemas';
import { feedStep } from '@shared/feeds/feedStep';
import type { FeedOutcome } from '@shared/feeds/table';
import { db } from '../schema';
import { isLive, nowStamp, ValidationError } from '../records';
import type { FeedLink, FeedRecord } from './feeds';
import { checkInKpi } from './kpis';

/**
 * KPIs fed from files: the same link a key result keeps, and the same rule for each read
 * (shared/feeds/feedStep): a good new value is a KPI check-in with its provenance through the
 * one `checkInKpi` command; a bad read writes no check-in, only the problem on the KPI's feed.
 */

async function liveKpi(id: string): Promise<Kpi> {
  const kpi = await db.kpis.get(id);
  if (!isLive(kpi)) throw new ValidationError({ id: 'This KPI no longer exists' });
  return kpi;
}

/** Links a KPI to a file; the first read follows (features/feeds/feedRunner). */
export async function linkKpiFeed(kpiId: string, link: FeedLink): Promise<Kpi> {
  return db.transaction('rw', db.kpis, async () => {
    const kpi = await liveKpi(kpiId);
    const feed = check(keyResultFeedSchema, {
      ...link,
      lastValue: link.lastValue ?? null,
      problem: null,
    });
    if (!feed.ok) throw new ValidationError(feed.errors);
    const next = check(kpiSchema, { ...kpi, feed: feed.value, updatedAt: nowStamp() });
    if (!next.ok) throw new ValidationError(next.errors);
    await db.kpis.put(next.value);
    return next.value;
  });
}

/** Unlinks: the KPI keeps every check-in the file gave it. Returns the old link (for Undo). */
export async function unlinkKpiFeed(kpiId: string): Promise<KeyResultFeed | null> {
  return db.transaction('rw', db.kpis, async () => {
    const kpi = await liveKpi(kpiId);
    const old = kpi.feed ?? null;
    const { feed: _dropped, ...rest } = kpi;
    await db.kpis.put({ ...rest, updatedAt: nowStamp() });
    return old;
  });
}

async function setProblem(kpiId: string, fileRef: string, message: string): Promise<void> {
  await db.transaction('rw', db.kpis, async () => {
    const kpi = await db.kpis.get(kpiId);
    // The link changed while the file was read: this read is about a file no longer linked.
    if (!isLive(kpi) || kpi.feed?.fileRef !== fileRef || kpi.feed.problem === message) return;
    await db.kpis.update(kpiId, { feed: { ...kpi.feed, problem: message } });
  });
}

/** Records one read of a KPI's file (see `feedStep` for what each outcome writes). */
export async function recordKpiFeedRead(
  kpiId: string,
  fileRef: string,
  outcome: FeedOutcome,
  readAt: Date = new Date(),
): Promise<FeedRecord> {
  const kpi = await db.kpis.get(kpiId);
  if (!isLive(kpi) || !kpi.feed || kpi.feed.fileRef !== fileRef) return 'unlinked';
  const step = feedStep(kpi.feed, outcome, readAt);
  if (step.kind === 'problem') {
    await setProblem(kpiId, fileRef, step.message);
    return 'problem';
  }
  if (step.kind === 'unchanged') {
    if (step.clearProblem) await db.kpis.update(kpiId, { feed: { ...kpi.feed, problem: null } });
    return 'unchanged';
  }
  try {
    await checkInKpi(kpiId, { value: step.value, at: toIsoDate(readAt) }, readAt, step.source);
    return 'checked-in';
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    await setProblem(kpiId, fileRef, `Read ${step.value}, but ${e.message}`);
    return 'problem';
  }
}
