import {
  CYCLE_STATE_LABELS,
  daysLeft,
  fractionElapsed,
  nextCycleState,
} from '../../../../shared/domain/cycle';
import type { Cycle } from '../../../../shared/domain/model';
import { setCycleState } from '../../db/commands/cycles';
import { reportError } from '../../ui/errors';

export interface Props {
  cycle: Cycle;
  today: Date;
}

/** The open cycle's name, state, days left and share of time elapsed. */
export function CycleHeader({ cycle, today }: Props) {
  const elapsed = fractionElapsed(cycle, today);
  const left = daysLeft(cycle, today);
  const next = nextCycleState(cycle.state);
  return (
    <section className="cycle-header" aria-label="Open cycle">
      <div className="cycle-header__name">
        <strong>{cycle.name}</strong>{' '}
        <span className={`pill pill--state-${cycle.state}`}>{CYCLE_STATE_LABELS[cycle.state]}</span>
      </div>
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
            {left} {left === 1 ? 'day' : 'days'} left · {Math.round(elapsed * 100)} % of the time
            elapsed
          </p>
        </>
      )}
      {next ? (
        <button
          type="button"
          className="link"
          onClick={() => {
            // Closing freezes the cycle: ask first, a misclick must not do it.
            if (
              next === 'closed' &&
              !window.confirm(`Close ${cycle.name}? Nothing in it can change afterwards.`)
            )
              return;
            setCycleState(cycle.id, next).catch(reportError);
          }}
        >
          {next === 'closed' ? 'Close cycle…' : `Move to ${CYCLE_STATE_LABELS[next].toLowerCase()}`}
        </button>
      ) : null}
    </section>
  );
}
