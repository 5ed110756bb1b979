import type { Kpi } from '@shared/domain/kpiModel';
import type { KeyResult } from '@shared/domain/model';
import type { KeyResultFeed } from '@shared/feeds/feedSchemas';
import type { FeedTargetRef } from '../../db/commands/feedTargets';
import { host } from '../../host';

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

/** After the link dialog saved another file, main (or the browser store) forgets the old one. */
export function forgetReplacedFile(old: KeyResultFeed | undefined, savedRef: string | null): void {
  if (savedRef && old && old.fileRef !== savedRef)
    void host.forgetFeedFile(old.fileRef).catch(() => undefined);
}
