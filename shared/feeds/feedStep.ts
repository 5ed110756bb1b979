import type { FileSource, KeyResultFeed } from './feedSchemas';
import type { FeedOutcome } from './table';

/**
 * What one read of a linked file does to the record it feeds (a key result or a KPI): the one
 * rule both feed commands follow. A bad read only names the problem; a read that gives the
 * value read last time writes nothing, so a check-in by hand stays the latest until the file
 * itself changes; a new value becomes a check-in carrying where it came from.
 */
export type FeedStep =
  | { kind: 'problem'; message: string }
  | { kind: 'unchanged'; clearProblem: boolean }
  | { kind: 'checkIn'; value: number; source: FileSource };

export function feedStep(
  feed: Pick<KeyResultFeed, 'fileName' | 'column' | 'reading' | 'lastValue' | 'problem'>,
  outcome: FeedOutcome,
  readAt: Date,
): FeedStep {
  if (!outcome.ok) return { kind: 'problem', message: outcome.problem.message };
  if (feed.lastValue === outcome.value) return { kind: 'unchanged', clearProblem: !!feed.problem };
  return {
    kind: 'checkIn',
    value: outcome.value,
    source: {
      file: feed.fileName,
      column: feed.column,
      reading: feed.reading,
      readAt: readAt.toISOString(),
    },
  };
}
