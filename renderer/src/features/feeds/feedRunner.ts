import { liveQuery } from 'dexie';
import { toIsoDate } from '@shared/domain/cycle';
import { feedFilesLeft } from '@shared/feeds/feedFileUse';
import type { KeyResultFeed } from '@shared/feeds/feedSchemas';
import { hostFailureProblem, readFeed } from '@shared/feeds/readFeed';
import type { FeedOutcome } from '@shared/feeds/table';
import { host } from '../../host';
import { db } from '../../db/schema';
import { live } from '../../db/records';
import type { FeedRecord } from '../../db/commands/feeds';
import { recordFeedReadOf, type FeedTargetRef } from '../../db/commands/feedTargets';
import { feedFileBook, type FeedFileBook } from './feedFileBook';

/**
 * Keeps fed key results and KPIs current: every feed is read on start, and again when its
 * file changes (Electron: main's watcher; browser: when the window gains focus). Reads run one
 * at a time, so two events for one file never write two check-ins for one change.
 */

type Fed = FeedTargetRef & { feed: KeyResultFeed };

async function fedTargets(): Promise<Fed[]> {
  // Key results by the index of feeds' files (a scan of them all held up the first view of a
  // large workspace by seconds); KPIs are few and their feed is not indexed: a filter.
  const [krs, kpis] = await Promise.all([
    db.keyResults.orderBy('feed.fileRef').toArray(),
    db.kpis.filter((k) => !!k.feed && !k.deletedAt).toArray(),
  ]);
  return [
    ...live(krs).map((kr) => ({ kind: 'keyResult' as const, id: kr.id, feed: kr.feed! })),
    ...kpis.map((k) => ({ kind: 'kpi' as const, id: k.id, feed: k.feed! })),
  ];
}

async function feedOf(target: FeedTargetRef): Promise<KeyResultFeed | null> {
  const row =
    target.kind === 'kpi' ? await db.kpis.get(target.id) : await db.keyResults.get(target.id);
  return row?.feed && !row.deletedAt ? row.feed : null;
}

/** What a feed's file says now, without writing anything. */
export async function outcomeOf(feed: KeyResultFeed, now = new Date()): Promise<FeedOutcome> {
  const r = await host.readFeedFile(feed.fileRef);
  return 'bytes' in r
    ? readFeed(r.bytes, feed.fileName, feed, toIsoDate(now))
    : hostFailureProblem(feed.fileName, r);
}

let queue: Promise<unknown> = Promise.resolve();
const serial = <T>(job: () => Promise<T>): Promise<T> => {
  const next = queue.then(job, job);
  queue = next.catch(() => undefined);
  return next;
};

/** Reads one key result's or KPI's file now and records what it gave. */
export function readTargetNow(target: FeedTargetRef): Promise<FeedRecord> {
  return serial(async () => {
    const feed = await feedOf(target);
    if (!feed) return 'unlinked';
    const now = new Date();
    let outcome: FeedOutcome;
    try {
      outcome = await outcomeOf(feed, now);
    } catch {
      // The host refused the ref: this machine never picked the file (a link made on a
      // teammate's machine, synced here). Writing a problem would sync back over theirs.
      return 'unlinked';
    }
    return recordFeedReadOf(target, feed.fileRef, outcome, now);
  });
}

/** Reads one key result's file now and records what it gave. */
export const readFeedNow = (keyResultId: string): Promise<FeedRecord> =>
  readTargetNow({ kind: 'keyResult', id: keyResultId });

async function readRef(ref: string): Promise<void> {
  for (const t of await fedTargets()) if (t.feed.fileRef === ref) await readTargetNow(t);
}

/**
 * Starts reading feeds; returns a stop function. The host watches the files of the live feeds
 * and nothing else: a file that leaves the list (its key result or KPI deleted, its feed
 * unlinked or linked elsewhere) is unwatched and forgotten at once, unless another feed or
 * workspace still reads it. Undo brings the row back, the file is listed again, and the host
 * takes back a file it forgot this session.
 */
export function startFeedRunner(book: FeedFileBook = feedFileBook()): () => void {
  let listed: string[] | null = null;
  const sub = liveQuery(fedTargets).subscribe({
    next: (targets) => {
      const refs = [...new Set(targets.map((t) => t.feed.fileRef))].sort();
      if (listed?.join('\n') === refs.join('\n')) return;
      // The first list has nothing before it: files of rows deleted in an earlier session stay.
      const left = listed ? feedFilesLeft(listed, refs) : [];
      listed = refs;
      book.record(refs);
      void host.watchFeedFiles(refs).catch(() => undefined);
      for (const ref of left) book.forgetIfUnused(ref);
    },
    error: () => undefined,
  });
  const off = host.onFeedFileChanged((ref) => void readRef(ref).catch(() => undefined));
  void fedTargets()
    .then(async (targets) => {
      for (const t of targets) await readTargetNow(t);
    })
    .catch(() => undefined);
  return () => {
    sub.unsubscribe();
    off();
  };
}
