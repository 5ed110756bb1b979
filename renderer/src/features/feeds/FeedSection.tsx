import { useState } from 'react';
import type { KeyResult } from '@shared/domain/model';
import { canBeFed } from '../../db/commands/feeds';
import { FeedDialog } from './FeedDialog';
import { FeedStatus } from './FeedStatus';
import { keyResultTarget } from './feedTarget';
import './feeds.css';

export interface Props {
  kr: KeyResult;
  readOnly: boolean;
}

/** On a key result's detail pane: the file it is fed from, the last read's problem, the actions. */
export function FeedSection({ kr, readOnly }: Props) {
  const [dialog, setDialog] = useState(false);
  if (!canBeFed(kr) && !kr.feed) return null;
  const target = keyResultTarget(kr);
  const { feed } = kr;
  return (
    <section className="feed-section" aria-label={`File feed of ${kr.title}`}>
      {feed ? (
        <FeedStatus
          target={{ ...target, feed }}
          readOnly={readOnly}
          onChangeLink={() => setDialog(true)}
        />
      ) : readOnly ? null : (
        <button type="button" onClick={() => setDialog(true)}>
          Feed from a file…
        </button>
      )}
      {dialog ? <FeedDialog target={target} onClose={() => setDialog(false)} /> : null}
    </section>
  );
}
