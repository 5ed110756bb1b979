import type { Initiative } from '@shared/domain/model';
import {
  deleteInitiative,
  restoreInitiative,
  toggleInitiative,
  updateInitiative,
} from '../../../db/commands/initiatives';
import { restoreDeleted } from '../../../db/commands/softDelete';
import { reportError } from '../../../ui/errors';
import { offerUndo } from '../undo';

export interface Props {
  initiative: Initiative;
  /** Shown in "My week", where initiatives of several key results mix. */
  keyResultTitle?: string;
  readOnly: boolean;
  today: string;
}

/** An initiative: tick it done, change its priority or due date, delete it; all undoable. */
export function InitiativeItem({ initiative: i, keyResultTitle, readOnly, today }: Props) {
  const toggle = () =>
    toggleInitiative(i.id)
      .then(({ before, after }) =>
        offerUndo(
          after.done ? `Done: ${i.title}` : `Reopened: ${i.title}`,
          after.done ? `marking “${i.title}” done` : `reopening “${i.title}”`,
          () => restoreInitiative(before),
        ),
      )
      .catch(reportError);
  const change = (patch: Parameters<typeof updateInitiative>[1], what: string) =>
    updateInitiative(i.id, patch)
      .then(({ before }) =>
        offerUndo(`Changed the ${what} of “${i.title}”`, `the ${what} change`, () =>
          restoreInitiative(before),
        ),
      )
      .catch(reportError);
  const overdue = !i.done && !!i.dueDate && i.dueDate < today;
  return (
    <li className={`initiative${i.done ? ' is-done' : ''}`} aria-label={`Initiative ${i.title}`}>
      <label className="check initiative__title">
        <input type="checkbox" checked={i.done} disabled={readOnly} onChange={toggle} />
        <span>{i.title}</span>
      </label>
      {keyResultTitle ? <span className="muted small initiative__kr">{keyResultTitle}</span> : null}
      <select
        aria-label={`Priority of ${i.title}`}
        value={i.priority}
        disabled={readOnly}
        onChange={(e) => void change({ priority: Number(e.target.value) }, 'priority')}
      >
        <option value={1}>P1 high</option>
        <option value={2}>P2</option>
        <option value={3}>P3 low</option>
      </select>
      <input
        type="date"
        aria-label={`Due date of ${i.title}`}
        value={i.dueDate ?? ''}
        disabled={readOnly}
        onChange={(e) => void change({ dueDate: e.target.value || null }, 'due date')}
      />
      {overdue ? <span className="pill pill--overdue">Overdue</span> : null}
      {readOnly ? null : (
        <button
          type="button"
          className="icon danger"
          aria-label={`Delete initiative ${i.title}`}
          onClick={() =>
            deleteInitiative(i.id)
              .then((token) =>
                offerUndo(`Deleted “${i.title}”`, `“${i.title}”`, () => restoreDeleted(token)),
              )
              .catch(reportError)
          }
        >
          ×
        </button>
      )}
    </li>
  );
}
