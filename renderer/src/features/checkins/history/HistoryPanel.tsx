import type { Cycle, KeyResult, Objective } from '@shared/domain/model';
import { describeForecast, formatTarget, formatValue } from '@shared/report/weeklyFormat';
import { StatusPill } from '../../../ui/Progress';
import { FeedSection } from '../../feeds/FeedSection';
import { useFormat } from '../../settings/useFormat';
import { InitiativeList } from '../initiatives/InitiativeList';
import { krStateOn } from '../krState';
import { useUi } from '../../../store/ui';
import { useGoalsViewOnlyOf } from '../../../sync/useViewOnly';
import { ViewOnlyNote } from '../../../ui/ViewOnlyNote';
import { useFinalScores, useHistory } from '../useCheckInData';
import { CheckInForm } from './CheckInForm';
import { CheckInRow } from './CheckInRow';
import { KrChart } from './KrChart';

export interface Props {
  kr: KeyResult;
  objective: Objective;
  cycle: Cycle;
  today: string;
  staleDays: number;
}

/** A key result's history: chart, forecast, every check-in (editable), and its initiatives. */
export function HistoryPanel({ kr, objective, cycle, today, staleDays }: Props) {
  const history = useHistory(kr.id);
  const finalScores = useFinalScores(cycle);
  const asOf = useUi((s) => s.checkInAsOf) ?? today;
  const f = useFormat();
  // A key result this member may only read shows its value and history, and no input.
  const viewOnly = useGoalsViewOnlyOf(objective.private ? null : kr.ownerId);
  if (!history) return null;
  const state = krStateOn(kr, history, cycle, asOf, staleDays, finalScores?.get(kr.id));
  const shape = { ...kr, milestoneCount: kr.milestones.length };
  const closed = cycle.state === 'closed';
  const readOnly = closed || !!viewOnly;
  return (
    <section className="history-panel" aria-label={`History of ${kr.title}`}>
      <header className="history-panel__head">
        <div>
          <p className="muted small">{objective.title}</p>
          <h2>{kr.title}</h2>
        </div>
        <StatusPill status={state.status} />
        <button
          type="button"
          className="icon"
          aria-label="Close history"
          onClick={() => useUi.getState().pick(null)}
        >
          ×
        </button>
      </header>
      <p>
        {formatValue(shape, state.kr.current)} of {formatTarget(shape)}
        {asOf !== today ? ` on ${f.date(asOf)}` : ''}
        {state.status === 'stale' ? ` · no check-in for ${f.count(state.daysSilent, 'day')}` : ''}
      </p>
      {state.forecast && !closed ? (
        <p
          className={
            state.forecast.kind === 'trend' && state.forecast.atRisk
              ? 'forecast forecast--risk'
              : 'forecast'
          }
        >
          {describeForecast(state.forecast, shape, f.locale)}
        </p>
      ) : null}
      <KrChart
        kr={kr}
        cycle={cycle}
        history={history}
        forecast={state.forecast?.kind === 'trend' && !closed ? state.forecast : null}
        today={asOf}
      />
      {/* A view-only key result with no feed has nothing to show there (not even an empty box). */}
      {viewOnly && !kr.feed ? null : <FeedSection kr={kr} readOnly={readOnly} />}
      {closed ? null : viewOnly ? <ViewOnlyNote reason={viewOnly} /> : <CheckInForm kr={kr} />}
      <h3>Check-ins</h3>
      {history.length === 0 ? (
        <p className="muted">No check-ins yet.</p>
      ) : (
        <ol className="checkin-list" aria-label={`Check-ins of ${kr.title}`}>
          {[...history].reverse().map((c) => (
            <CheckInRow key={c.id} checkIn={c} kr={kr} readOnly={readOnly} />
          ))}
        </ol>
      )}
      <InitiativeList kr={kr} readOnly={readOnly} />
    </section>
  );
}
