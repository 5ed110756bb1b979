import { BAND_LABELS, BANDS } from '@shared/domain/review';
import { formatScore, type ReviewReport } from '@shared/report/review';

export interface Props {
  summary: ReviewReport['summary'];
}

/** The four figures a reader looks for first, on the cover: average, bands, committed, scored. */
export function CoverFigures({ summary }: Props) {
  const committed = summary.byType.find((t) => t.type === 'committed');
  return (
    <dl className="report-figures" aria-label="Key figures">
      <div>
        <dt>Average score</dt>
        <dd className="report-figures__big">{formatScore(summary.average)}</dd>
        <dd>
          {summary.objectives} objective{summary.objectives === 1 ? '' : 's'}
        </dd>
      </div>
      <div>
        <dt>By band</dt>
        {BANDS.map((b) => (
          <dd key={b}>
            <span className={`band-dot band--${b}`} aria-hidden="true" /> {summary.bands[b]}{' '}
            {BAND_LABELS[b].split(' ')[0]!.toLowerCase()}
          </dd>
        ))}
        {summary.bands.unscored ? <dd>{summary.bands.unscored} not scored</dd> : null}
      </div>
      <div>
        <dt>Committed met</dt>
        <dd className="report-figures__big">
          {committed ? `${committed.meetingExpectation} of ${committed.objectives}` : '–'}
        </dd>
        <dd>delivered in full</dd>
      </div>
      <div>
        <dt>Key results scored</dt>
        <dd className="report-figures__big">
          {summary.keyResultsScored} of {summary.keyResults}
        </dd>
        <dd>the rest at their proposed score</dd>
      </div>
    </dl>
  );
}
