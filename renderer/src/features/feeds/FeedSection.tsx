import { lazy, Suspense, useState } from 'react';
import type { KeyResult } from '@shared/domain/model';
import { canBeFed } from '../../db/commands/feeds';
import { FeedStatus } from './FeedStatus';
import { keyResultTarget } from './feedTarget';
import './feeds.css';

// Loaded when opened: its CSV and spreadsheet readers are no part of the start-up script.
const FeedDialog = lazy(() => import('./FeedDialog').then((m) => ({ default: m.FeedDialog })));

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
      {dialog ? (
        <Suspense fallback={null}>
          <FeedDialog target={target} onClose={() => setDialog(false)} />
        </Suspense>
      ) : null}
    </section>
  );
}
