import type { Kpi } from '@shared/domain/kpiModel';
import type { KeyResult } from '@shared/domain/model';
import type { KeyResultFeed } from '@shared/feeds/feedSchemas';
import type { FeedTargetRef } from '../../db/commands/feedTargets';

/** A key result or a KPI as the feed's dialog and status show it. */
export interface FeedTarget extends FeedTargetRef {
  title: string;
  feed?: KeyResultFeed;
}

export const keyResultTarget = (kr: KeyResult): FeedTarget => ({
  kind: 'keyResult',
  id: kr.id,
  title: kr.title,
  feed: kr.feed,
});

export const kpiTarget = (kpi: Kpi): FeedTarget => ({
  kind: 'kpi',
  id: kpi.id,
  title: kpi.name,
  feed: kpi.feed,
});
