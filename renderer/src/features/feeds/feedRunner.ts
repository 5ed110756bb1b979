import { liveQuery } from 'dexie';
import { toIsoDate } from '@shared/domain/cycle';
import type { KeyResult } from '@shared/domain/model';
import { hostFailureProblem, readFeed } from '@shared/feeds/readFeed';
import type { FeedOutcome } from '@shared/feeds/table';
import { host } from '../../host';
import { db } from '../../db/schema';
import { live } from '../../db/records';
import { recordFeedRead, type FeedRecord } from '../../db/commands/feeds';

/**
 * Keeps fed key results current: every feed is read on start, and again when its file
 * changes (Electron: main's watcher; browser: when the window gains focus). Reads run one at
 * a time, so two events for one file never write two check-ins for one change.
 */

type Fed = KeyResult & { feed: NonNullable<KeyResult['feed']> };

// By the index of feeds' files: only key results with a feed are read (a scan of them all
// held up the first view of a large workspace by seconds).
const fedKeyResults = async (): Promise<Fed[]> =>
  live(await db.keyResults.orderBy('feed.fileRef').toArray()) as Fed[];

/** What the key result's file says now, without writing anything (the link dialog's preview). */
export async function outcomeOf(kr: Fed, now = new Date()): Promise<FeedOutcome> {
  const r = await host.readFeedFile(kr.feed.fileRef);
  return 'bytes' in r
    ? readFeed(r.bytes, kr.feed.fileName, kr.feed, toIsoDate(now))
    : hostFailureProblem(kr.feed.fileName, r);
}

let queue: Promise<unknown> = Promise.resolve();
const serial = <T>(job: () => Promise<T>): Promise<T> => {
  const next = queue.then(job, job);
  queue = next.catch(() => undefined);
  return next;
};

/** Reads one key result's file now and records what it gave. */
export function readFeedNow(keyResultId: string): Promise<FeedRecord> {
  return serial(async () => {
    const kr = await db.keyResults.get(keyResultId);
    if (!kr?.feed || kr.deletedAt) return 'unlinked';
    const now = new Date();
    let outcome: FeedOutcome;
    try {
      outcome = await outcomeOf(kr as Fed, now);
    } catch {
      // The host refused the ref: this machine never picked the file (a link made on a
      // teammate's machine, synced here). Writing a problem would sync back over theirs.
      return 'unlinked';
    }
    return recordFeedRead(keyResultId, kr.feed.fileRef, outcome, now);
  });
}

async function readRef(ref: string): Promise<void> {
  for (const kr of await fedKeyResults()) if (kr.feed.fileRef === ref) await readFeedNow(kr.id);
}

/** Starts reading feeds; returns a stop function. */
export function startFeedRunner(): () => void {
  let watchedKey = '';
  const sub = liveQuery(fedKeyResults).subscribe({
    next: (krs) => {
      const refs = [...new Set(krs.map((kr) => kr.feed.fileRef))].sort();
      const key = refs.join('\n');
      if (key === watchedKey) return;
      watchedKey = key;
      void host.watchFeedFiles(refs).catch(() => undefined);
    },
    error: () => undefined,
  });
  const off = host.onFeedFileChanged((ref) => void readRef(ref).catch(() => undefined));
  void fedKeyResults()
    .then(async (krs) => {
      for (const kr of krs) await readFeedNow(kr.id);
    })
    .catch(() => undefined);
  return () => {
    sub.unsubscribe();
    off();
  };
}
