import { useState } from 'react';
import type { KeyResult } from '@shared/domain/model';
import { READING_LABELS } from '@shared/feeds/feedSchemas';
import { canBeFed, linkFeed, unlinkFeed } from '../../db/commands/feeds';
import { host } from '../../host';
import { reportError } from '../../ui/errors';
import { useUi } from '../../store/ui';
import { useFormat } from '../settings/useFormat';
import { FeedDialog } from './FeedDialog';
import { readFeedNow } from './feedRunner';
import './feeds.css';

export interface Props {
  kr: KeyResult;
  readOnly: boolean;
}

/** On a key result's detail pane: the file it is fed from, the last read's problem, the actions. */
export function FeedSection({ kr, readOnly }: Props) {
  const [dialog, setDialog] = useState(false);
  const f = useFormat();
  if (!canBeFed(kr) && !kr.feed) return null;
  const feed = kr.feed;
  const unlink = () =>
    unlinkFeed(kr.id)
      .then((old) => {
        if (!old) return;
        const entry = {
          label: `Undo unlinking ${old.fileName}`,
          undo: async () => {
            const { lastReadAt: _r, problem: _p, ...link } = old;
            await linkFeed(kr.id, link);
          },
        };
        // The feature folders import no one another in a cycle: Undo is offered here directly.
        useUi.getState().pushUndo(entry);
        useUi.getState().toast(`Unlinked ${old.fileName}`, 'info', entry);
      })
      .catch(reportError);
  return (
    <section className="feed-section" aria-label={`File feed of ${kr.title}`}>
      {feed ? (
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
              <button type="button" onClick={() => void readFeedNow(kr.id).catch(reportError)}>
                Read again
              </button>
              <button type="button" onClick={() => setDialog(true)}>
                {feed.problem ? 'Choose the file again…' : 'Change link…'}
              </button>
              <button type="button" onClick={unlink}>
                Unlink
              </button>
            </div>
          )}
        </>
      ) : readOnly ? null : (
        <button type="button" onClick={() => setDialog(true)}>
          Feed from a file…
        </button>
      )}
      {dialog ? (
        <FeedDialog
          kr={kr}
          onClose={(savedRef) => {
            setDialog(false);
            // The old file is no longer linked: main (or the browser store) forgets it.
            if (savedRef && feed && feed.fileRef !== savedRef)
              void host.forgetFeedFile(feed.fileRef).catch(() => undefined);
          }}
        />
      ) : null}
    </section>
  );
}
