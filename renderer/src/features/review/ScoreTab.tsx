import type { ReviewReport } from '@shared/report/review';
import { formatScore } from '@shared/report/review';
import { useFormat } from '../settings/useFormat';
import { useGoalsViewOnlyOf } from '../../sync/useViewOnly';
import { ViewOnlyNote } from '../../ui/ViewOnlyNote';
import { ObjectiveReview } from './ObjectiveReview';
import { RetroForm } from './RetroForm';

export interface Props {
  report: ReviewReport;
  cycleId: string;
  /** The unit whose cycle retrospective this scope writes. */
  scopeUnitId: string;
  readOnly: boolean;
}

/** Every key result with its score, every objective with its retrospective, then the cycle's. */
export function ScoreTab({ report, cycleId, scopeUnitId, readOnly }: Props) {
  const { summary } = report;
  const { count } = useFormat();
  // The cycle's retrospective is the scope unit's: view only if its goals are.
  const retroViewOnly = useGoalsViewOnlyOf(scopeUnitId);
  return (
    <div className="review-score">
      <p className="review-summary-line">
        {count(summary.objectives, 'objective')} · average{' '}
        <strong>{formatScore(summary.average)}</strong> · {summary.bands.green} green,{' '}
        {summary.bands.yellow} yellow, {summary.bands.red} red
        {summary.postmortemsMissing
          ? ` · ${count(summary.postmortemsMissing, 'postmortem')} to write`
          : ''}
      </p>
      {summary.hint ? <p className="report-note">{summary.hint}</p> : null}
      {report.objectives.length === 0 ? (
        <div className="empty">
          <p>No objectives to review in this scope.</p>
        </div>
      ) : (
        report.objectives.map((o) => (
          <ObjectiveReview key={o.id} objective={o} cycleId={cycleId} readOnly={readOnly} />
        ))
      )}
      <section className="review-objective" aria-labelledby="cycle-retro-title">
        <h2 id="cycle-retro-title">Retrospective of the cycle — {report.cover.scopeName}</h2>
        <p className="muted small">
          Compare the results with the goals, learn, and start the next cycle better.
        </p>
        {retroViewOnly && !readOnly ? <ViewOnlyNote reason={retroViewOnly} /> : null}
        <RetroForm
          cycleId={cycleId}
          objectiveId={null}
          ownerId={scopeUnitId}
          retro={report.cycleRetro}
          label="Retrospective of the cycle"
          readOnly={readOnly || !!retroViewOnly}
        />
      </section>
    </div>
  );
}
