import { useState } from 'react';
import type { Cycle } from '../../../../shared/domain/model';
import { formatScore, type ReviewReport } from '../../../../shared/report/review';
import { carryOver, closeAndCarryOver } from '../../db/commands/review';
import { ValidationError } from '../../db/records';
import { useUi } from '../../store/ui';
import { Dialog } from '../../ui/Dialog';
import { reportError } from '../../ui/errors';
import { useReviewUi } from './reviewUi';

export interface Props {
  cycle: Cycle;
  report: ReviewReport;
  /** `close`: close the cycle and carry over; `carry`: the cycle is closed, carry over only. */
  mode: 'close' | 'carry';
}

/** Closes the cycle and carries the chosen objectives into the next one, in one step. */
export function CloseCycleDialog({ cycle, report, mode }: Props) {
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => useReviewUi.getState().openCloseDialog(null);
  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
  };
  const submit = async () => {
    setBusy(true);
    try {
      const ids = report.objectives.filter((o) => chosen.has(o.id)).map((o) => o.id);
      const r =
        mode === 'close' ? await closeAndCarryOver(cycle.id, ids) : await carryOver(cycle.id, ids);
      const carried = r.created.length;
      const kept = r.keptStart.length
        ? ` (${r.keptStart.length} key result${r.keptStart.length === 1 ? '' : 's'} already at target kept ${r.keptStart.length === 1 ? 'its' : 'their'} start)`
        : '';
      useUi
        .getState()
        .toast(
          `${mode === 'close' ? `${cycle.name} is closed. ` : ''}${carried} objective${carried === 1 ? '' : 's'} carried into ${r.cycle.name}${kept}`,
        );
      close();
    } catch (err) {
      if (err instanceof ValidationError) setError(err.message);
      else reportError(err);
    } finally {
      setBusy(false);
    }
  };
  const missing = report.summary.postmortemsMissing;
  return (
    <Dialog
      title={
        mode === 'close' ? `Close ${cycle.name} and carry over` : `Carry over from ${cycle.name}`
      }
      onClose={close}
      wide
    >
      <form onSubmit={(e) => (e.preventDefault(), void submit())}>
        {mode === 'close' ? (
          <p>
            Closing makes {cycle.name} read-only: scores, retrospectives and objectives can no
            longer change. Key results without a score keep their proposed one.
          </p>
        ) : null}
        {mode === 'close' && missing ? (
          <p className="report-note">
            {missing} committed {missing === 1 ? 'objective has' : 'objectives have'} no postmortem
            yet.
          </p>
        ) : null}
        <fieldset className="carry-list">
          <legend>
            Carry into the next cycle, with key results (starting from their last value) and
            initiatives:
          </legend>
          {report.objectives.map((o) => (
            <label key={o.id} className="check carry-list__item">
              <input type="checkbox" checked={chosen.has(o.id)} onChange={() => toggle(o.id)} />
              <span>{o.title}</span>
              <span className="muted small">
                {o.ownerName} · {formatScore(o.score)}
              </span>
            </label>
          ))}
        </fieldset>
        {error ? (
          <p className="field__error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="dialog__actions">
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button
            type="submit"
            className="primary"
            disabled={busy || (mode === 'carry' && chosen.size === 0)}
          >
            {mode === 'close' ? `Close and carry over ${chosen.size}` : `Carry over ${chosen.size}`}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
