import { BAND_LABELS, BANDS } from '@shared/domain/review';
import { num, TableHead } from './TableHead';
import {
  formatScore,
  postmortemsStatement,
  TYPE_EXPECTATION,
  TYPE_LABELS,
  type ReviewReport,
} from '@shared/report/review';

export interface Props {
  summary: ReviewReport['summary'];
}

/** Score distribution, the picture by org unit (in tree order, never ranked), and by type. */
export function ReportSummary({ summary }: Props) {
  const total = Math.max(1, summary.objectives);
  const maxKr = Math.max(1, ...summary.keyResultScores.map((b) => b.count));
  return (
    <section className="report-section" aria-labelledby="report-summary">
      <h2 id="report-summary">Summary</h2>
      <p>
        Average objective score <strong>{formatScore(summary.average)}</strong> across{' '}
        {summary.objectives} objectives and {summary.keyResults} key results.
      </p>
      <div
        className="report-bandbar report-bands"
        role="img"
        aria-label={BANDS.map((b) => `${summary.bands[b]} ${b}`).join(', ')}
      >
        {BANDS.map((b) =>
          summary.bands[b] ? (
            <span
              key={b}
              className={`report-bandbar__part band--${b}`}
              style={{ width: `${(summary.bands[b] / total) * 100}%` }}
            />
          ) : null,
        )}
      </div>
      <div className="report-columns">
        <table className="report-table report-bands">
          <caption>Objectives by band</caption>
          <TableHead columns={['Band', num('Objectives')]} />
          <tbody>
            {BANDS.map((b) => (
              <tr key={b}>
                <td>
                  <span className={`band-dot band--${b}`} aria-hidden="true" /> {BAND_LABELS[b]}
                </td>
                <td className="num">{summary.bands[b]}</td>
              </tr>
            ))}
            <tr>
              <td>Not scored</td>
              <td className="num">{summary.bands.unscored}</td>
            </tr>
          </tbody>
        </table>
        <figure className="report-histogram">
          <figcaption>Key results by score</figcaption>
          <div
            className="report-histogram__bars"
            role="img"
            aria-label={summary.keyResultScores
              .map((b) => `${b.count} at ${b.score.toFixed(1)}`)
              .join(', ')}
          >
            {summary.keyResultScores.map((b) => (
              <div key={b.score} className="report-histogram__col">
                <span className="report-histogram__count">{b.count || ''}</span>
                <span
                  className={`report-histogram__bar band--${b.score >= 0.7 - 1e-9 ? 'green' : b.score >= 0.4 - 1e-9 ? 'yellow' : 'red'}`}
                  style={{ height: `${(b.count / maxKr) * 100}%` }}
                />
                <span className="report-histogram__label">{b.score.toFixed(1)}</span>
              </div>
            ))}
          </div>
        </figure>
      </div>
      {summary.postmortemsMissing ? (
        <p className="report-note">{postmortemsStatement(summary.postmortemsMissing)}</p>
      ) : null}
      {summary.hint ? <p className="report-note">{summary.hint}</p> : null}
      <h3>By org unit</h3>
      <table className="report-table">
        <TableHead
          columns={[
            'Org unit',
            'Kind',
            num('Objectives'),
            num('Average'),
            num('Green'),
            num('Yellow'),
            num('Red'),
          ]}
        />
        <tbody>
          {summary.byUnit.map((u) => (
            <tr key={u.unitId}>
              <td style={{ paddingLeft: `${0.4 + u.depth * 1.1}rem` }}>{u.name}</td>
              <td>{u.kind}</td>
              <td className="num">{u.objectives}</td>
              <td className="num">{formatScore(u.average)}</td>
              <td className="num">{u.bands.green}</td>
              <td className="num">{u.bands.yellow}</td>
              <td className="num">{u.bands.red}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Committed and aspirational</h3>
      <table className="report-table">
        <TableHead
          columns={['Type', num('Objectives'), num('Average'), 'Expectation', num('Meeting it')]}
        />
        <tbody>
          {summary.byType.map((t) => (
            <tr key={t.type}>
              <td>{TYPE_LABELS[t.type]}</td>
              <td className="num">{t.objectives}</td>
              <td className="num">{formatScore(t.average)}</td>
              <td>{TYPE_EXPECTATION[t.type]}</td>
              <td className="num">
                {t.meetingExpectation} of {t.objectives}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
