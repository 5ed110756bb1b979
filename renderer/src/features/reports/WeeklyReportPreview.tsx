import { formatPercent } from '@shared/domain/progress';
import type { WeeklyReport } from '@shared/report/weekly';
import {
  STATUS_TEXT,
  describeRisk,
  formatConfidence,
  formatConfidenceChange,
  formatPoints,
  formatTarget,
  formatValue,
  formatValueChange,
} from '@shared/report/weeklyFormat';
import { KR_TABLE_HEADERS, weeklyHeadline } from '@shared/report/weeklyMarkdown';
import { useFormat } from '../settings/useFormat';

export interface Props {
  report: WeeklyReport;
}

/** The weekly report as the Markdown will say it, laid out for reading in the app. */
export function WeeklyReportPreview({ report: r }: Props) {
  const f = useFormat();
  const [when, counts] = weeklyHeadline(r, f.locale);
  return (
    <article className="weekly-report" aria-label={`Weekly report: ${r.subject.name}`}>
      <h2 className="weekly-report__title">Weekly report: {r.subject.name}</h2>
      <p className="muted">{when}</p>
      <p>{counts}</p>
      <h3>Objectives and key results</h3>
      {r.objectives.length === 0 ? <p className="muted">No objectives in this cycle.</p> : null}
      {r.objectives.map((o) => (
        <section key={o.id} className="weekly-report__objective" aria-label={o.title}>
          <h4>
            {o.title} <span className="muted">({o.ownerName})</span> · {formatPercent(o.progress)},{' '}
            {formatPoints(o.progress, o.progressBefore)}
          </h4>
          {o.keyResults.length === 0 ? (
            <p className="muted">No key results yet.</p>
          ) : (
            <table className="weekly-report__table">
              <thead>
                <tr>
                  {KR_TABLE_HEADERS.map((h) => (
                    <th key={h} scope="col">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {o.keyResults.map((kr) => (
                  <tr key={kr.id}>
                    <th scope="row">{kr.title}</th>
                    <td>{formatValue(kr, kr.value)}</td>
                    <td>{formatValueChange(kr)}</td>
                    <td>{formatTarget(kr)}</td>
                    <td>{formatConfidence(kr.confidence)}</td>
                    <td>{formatConfidenceChange(kr.confidence, kr.confidenceBefore)}</td>
                    <td>{formatPercent(kr.progress)}</td>
                    <td>
                      <span className={`pill ${kr.stale ? 'pill--stale' : `status--${kr.status}`}`}>
                        {STATUS_TEXT[kr.status]}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
      <h3>Done this week</h3>
      {r.done.initiatives.length + r.done.notes.length === 0 ? (
        <p className="muted">Nothing this week.</p>
      ) : (
        <ul>
          {r.done.initiatives.map((d, i) => (
            <li key={`i${i}`}>
              Done: {d.text} ({d.keyResult})
            </li>
          ))}
          {r.done.notes.map((n, i) => (
            <li key={`n${i}`}>
              {f.date(n.at)} · {n.keyResult}: {n.text}
            </li>
          ))}
        </ul>
      )}
      <h3>This week&apos;s priorities</h3>
      {r.priorities.length === 0 ? (
        <p className="muted">No open initiatives.</p>
      ) : (
        <ol>
          {r.priorities.map((p) => (
            <li key={p.id}>
              P{p.priority} · {p.title}
              {p.dueDate
                ? ` · due ${f.date(p.dueDate)}${p.overdue ? ' (overdue)' : ''}`
                : ''} · <span className="muted">{p.keyResult}</span>
            </li>
          ))}
        </ol>
      )}
      <h3>Problems and blockers</h3>
      {r.problems.blockers.length + r.problems.risks.length === 0 ? (
        <p className="muted">None reported.</p>
      ) : (
        <ul>
          {r.problems.blockers.map((b, i) => (
            <li key={`b${i}`}>
              Blocker on {b.keyResult} ({f.date(b.at)}): {b.text}
            </li>
          ))}
          {r.problems.risks.map((k) => (
            <li key={k.keyResultId}>
              {k.keyResult.title}:{' '}
              {k.reasons.map((reason) => describeRisk(reason, k.keyResult, f.locale)).join('; ')}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
