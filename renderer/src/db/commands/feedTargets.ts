import type { KeyResultFeed } from '@shared/feeds/feedSchemas';
import type { FeedOutcome } from '@shared/feeds/table';
import { linkFeed, recordFeedRead, unlinkFeed, type FeedLink, type FeedRecord } from './feeds';
import { linkKpiFeed, recordKpiFeedRead, unlinkKpiFeed } from './kpiFeeds';

/**
 * What a file can feed: a key result or a KPI. The link dialog, the feed's status and the
 * runner work on this and never ask which; each kind keeps its own command (its own table and
 * check-in rules).
 */
export type FeedTargetKind = 'keyResult' | 'kpi';
export interface FeedTargetRef {
  kind: FeedTargetKind;
  id: string;
}

export async function linkFeedOf(target: FeedTargetRef, link: FeedLink): Promise<void> {
  await (target.kind === 'kpi' ? linkKpiFeed(target.id, link) : linkFeed(target.id, link));
}

export const unlinkFeedOf = (target: FeedTargetRef): Promise<KeyResultFeed | null> =>
  target.kind === 'kpi' ? unlinkKpiFeed(target.id) : unlinkFeed(target.id);

export const recordFeedReadOf = (
  target: FeedTargetRef,
  fileRef: string,
  outcome: FeedOutcome,
  readAt: Date = new Date(),
): Promise<FeedRecord> =>
  target.kind === 'kpi'
    ? recordKpiFeedRead(target.id, fileRef, outcome, readAt)
    : recordFeedRead(target.id, fileRef, outcome, readAt);
