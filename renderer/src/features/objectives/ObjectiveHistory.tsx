import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/schema';
import { useLocale } from '../settings/useFormat';
import { loadObjectiveHistory } from './objectiveHistory';
import './history.css';

export interface Props {
  objectiveId: string;
}

/** Lines shown before "Show all": the latest changes are what a person looks for. */
const FIRST = 8;

/**
 * The objective's history in a team workspace: who last changed each field of it, its key
 * results and initiatives, newest first. Folded away until asked for; absent in a personal
 * workspace, where every change is the reader's own.
 */
export function ObjectiveHistory({ objectiveId }: Props) {
  const locale = useLocale();
  const data = useLiveQuery(
    () => loadObjectiveHistory(db, objectiveId, locale),
    [objectiveId, locale],
  );
  const [all, setAll] = useState(false);
  const summaryId = useId();
  if (!data) return null;
  const shown = all ? data.lines : data.lines.slice(0, FIRST);
  return (
    <details className="objective-history" aria-labelledby={summaryId}>
      <summary id={summaryId}>History</summary>
      {data.private ? (
        <p className="muted small">
          This objective is private: it stays on this computer, so no one else changes it.
        </p>
      ) : !data.lines.length ? (
        <p className="muted small">No changes from the team yet.</p>
      ) : (
        <>
          <ol className="objective-history__list" aria-label="Who changed what">
            {shown.map((l) => (
              <li key={l.key}>
                {l.text} · <time dateTime={l.at}>{l.when}</time>
              </li>
            ))}
          </ol>
          {shown.length < data.lines.length ? (
            <button type="button" className="link" onClick={() => setAll(true)}>
              Show all {data.lines.length} changes
            </button>
          ) : null}
        </>
      )}
    </details>
  );
}
