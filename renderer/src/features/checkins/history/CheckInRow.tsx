import { useState } from 'react';
import type { CheckIn, KeyResult } from '@shared/domain/model';
import { provenanceLabel } from '@shared/feeds/provenance';
import { formatValue } from '@shared/report/weeklyFormat';
import { deleteCheckIn, undoCheckInChange } from '../../../db/commands/checkins';
import { reportError } from '../../../ui/errors';
import { useFormat } from '../../settings/useFormat';
import { offerUndo } from '../undo';
import { CheckInForm } from './CheckInForm';

export interface Props {
  checkIn: CheckIn;
  kr: KeyResult;
  readOnly: boolean;
}

const shape = (kr: KeyResult) => ({ ...kr, milestoneCount: kr.milestones.length });

/** One check-in in the history list: what was said that day; edit or delete, both undoable. */
export function CheckInRow({ checkIn: c, kr, readOnly }: Props) {
  const [editing, setEditing] = useState(false);
  const f = useFormat();
  const day = f.date(c.at);
  const label = `check-in of ${day}`;
  const source = provenanceLabel(c.source, (iso) => f.time(iso));
  if (editing)
    return (
      <li className="checkin-row">
        <CheckInForm kr={kr} existing={c} onDone={() => setEditing(false)} />
      </li>
    );
  return (
    <li className="checkin-row" aria-label={`Check-in ${day}`}>
      <div className="checkin-row__line">
        <time className="checkin-row__date" dateTime={c.at}>
          {day}
        </time>
        <strong>{formatValue(shape(kr), c.value)}</strong>
        {c.confidence !== null ? <span className="muted">confidence {c.confidence}/10</span> : null}
        {readOnly ? null : (
          <span className="checkin-row__actions">
            <button type="button" aria-label={`Edit ${label}`} onClick={() => setEditing(true)}>
              Edit
            </button>
            <button
              type="button"
              className="danger"
              aria-label={`Delete ${label}`}
              onClick={() =>
                deleteCheckIn(c.id)
                  .then((change) =>
                    offerUndo(`Deleted the ${label}`, `the ${label}`, () =>
                      undoCheckInChange(change),
                    ),
                  )
                  .catch(reportError)
              }
            >
              Delete
            </button>
          </span>
        )}
      </div>
      {source ? <p className="checkin-row__source muted">{source}</p> : null}
      {c.note ? <p className="checkin-row__note">{c.note}</p> : null}
      {c.blockers ? (
        <p className="checkin-row__blockers">
          <span className="muted">Blockers:</span> {c.blockers}
        </p>
      ) : null}
    </li>
  );
}
