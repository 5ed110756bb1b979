import {
  CYCLE_STATE_LABELS,
  daysLeft,
  fractionElapsed,
  nextCycleState,
} from '@shared/domain/cycle';
import type { Cycle } from '@shared/domain/model';
import { previousCycleState } from '@shared/domain/cycleMoves';
import { reportError } from '../../ui/errors';
import { useOrgViewOnly } from '../../sync/useViewOnly';
import { useFormat } from '../settings/useFormat';
import { requestCycleMove } from './cycleMove';

export interface Props {
  cycle: Cycle;
  today: Date;
}

/** The open cycle's name, state, dates, days left and share of time elapsed. */
export function CycleHeader({ cycle, today }: Props) {
  const f = useFormat();
  const elapsed = fractionElapsed(cycle, today);
  const left = daysLeft(cycle, today);
  const next = nextCycleState(cycle.state);
  const back = previousCycleState(cycle.state);
  // A cycle's state is the org document's: admins move it, in a team workspace.
  const viewOnly = useOrgViewOnly();
  return (
    <section className="cycle-header" aria-label="Open cycle">
      <div className="cycle-header__name">
        <strong>{cycle.name}</strong>{' '}
        <span className={`pill pill--state-${cycle.state}`}>{CYCLE_STATE_LABELS[cycle.state]}</span>
      </div>
      <p className="muted small">{f.dateRange(cycle.start, cycle.end)}</p>
      {cycle.state === 'closed' ? (
        // Over and read-only: days left and time elapsed would only suggest it still runs.
        <p className="muted small">Closed — read-only</p>
      ) : (
        <>
          <div
            className="cycle-header__time"
            role="meter"
            aria-label="Time elapsed"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(elapsed * 100)}
          >
            <div className="cycle-header__bar" style={{ width: `${Math.round(elapsed * 100)}%` }} />
          </div>
          <p className="muted small">
            {f.count(left, 'day')} left · {Math.round(elapsed * 100)} % of the time elapsed
          </p>
        </>
      )}
      {next || back ? (
        <div className="cycle-header__moves">
          {next ? (
            <button
              type="button"
              className="link"
              disabled={!!viewOnly}
              title={viewOnly ?? undefined}
              onClick={() => requestCycleMove('next').catch(reportError)}
            >
              {next === 'closed'
                ? 'Close cycle…'
                : `Move to ${CYCLE_STATE_LABELS[next].toLowerCase()}…`}
            </button>
          ) : null}
          {back ? (
            <button
              type="button"
              className="link"
              disabled={!!viewOnly}
              title={viewOnly ?? undefined}
              onClick={() => requestCycleMove('back').catch(reportError)}
            >
              Back to {CYCLE_STATE_LABELS[back].toLowerCase()}…
            </button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
