import { READING_LABELS } from '@shared/feeds/feedSchemas';
import { reportError } from '../../ui/errors';
import { useFormat } from '../settings/useFormat';
import { unlinkFeedWithUndo } from './feedActions';
import { readTargetNow } from './feedRunner';
import type { FeedTarget } from './feedTarget';
import './feeds.css';

export interface Props {
  target: FeedTarget & { feed: NonNullable<FeedTarget['feed']> };
  readOnly: boolean;
  /** Opens the link dialog (the caller owns it). */
  onChangeLink: () => void;
}

/** A fed key result's or KPI's file: what it reads, the last read's problem, the actions. */
export function FeedStatus({ target, readOnly, onChangeLink }: Props) {
  const f = useFormat();
  const { feed } = target;
  return (
    <>
      <p className="feed-section__line">
        Fed from <strong>{feed.fileName}</strong>, {feed.kind === 'json' ? 'path' : 'column'}{' '}
        {feed.column}, {READING_LABELS[feed.reading]}
        {feed.reading === 'countMatching' ? ` “${feed.match ?? ''}”` : ''}
        {feed.lastReadAt ? (
          <span className="muted"> · read {f.dateTime(feed.lastReadAt)}</span>
        ) : null}
      </p>
      {feed.problem ? (
        <p className="feed-section__problem" role="alert">
          {feed.problem}
        </p>
      ) : null}
      {readOnly ? null : (
        <div className="feed-section__actions">
          <button type="button" onClick={() => void readTargetNow(target).catch(reportError)}>
            Read again
          </button>
          <button type="button" onClick={onChangeLink}>
            {feed.problem ? 'Choose the file again…' : 'Change link…'}
          </button>
          <button type="button" onClick={() => void unlinkFeedWithUndo(target).catch(reportError)}>
            Unlink
          </button>
        </div>
      )}
    </>
  );
}
