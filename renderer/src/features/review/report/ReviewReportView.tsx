import type { ReviewReport } from '@shared/report/review';
import { CYCLE_STATE_LABELS } from '@shared/domain/cycle';
import { useFormat } from '../../settings/useFormat';
import { CoverFigures } from './CoverFigures';
import type { AlignmentImage } from './alignmentPicture';
import { ReportAlignment } from './ReportAlignment';
import { ReportKpis } from './ReportKpis';
import { ReportObjectiveBlock } from './ReportObjectiveBlock';
import { ReportSummary } from './ReportSummary';
import { RetroBlock } from './RetroBlock';

export interface Props {
  report: ReviewReport;
  alignmentImage: AlignmentImage | null;
}

/** The report as a document: what the preview shows and the PDF prints. Text stays text. */
export function ReviewReportView({ report, alignmentImage }: Props) {
  const format = useFormat();
  const { cover } = report;
  return (
    <article className="review-report" aria-label={cover.title}>
      <header className="report-cover">
        <p className="report-cover__kicker">Review report</p>
        <h1>{cover.title}</h1>
        <dl className="report-cover__facts">
          <div>
            <dt>Scope</dt>
            <dd>
              {cover.scopeName}
              {cover.scopeKind ? ` (${cover.scopeKind})` : ''}
            </dd>
          </div>
          <div>
            <dt>Cycle</dt>
            <dd>
              {cover.cycleName}, {format.dateRange(cover.cycleStart, cover.cycleEnd)} ·{' '}
              {CYCLE_STATE_LABELS[cover.cycleState]}
            </dd>
          </div>
          <div>
            <dt>Generated</dt>
            <dd>{format.date(cover.generatedAt)}</dd>
          </div>
        </dl>
        <CoverFigures summary={report.summary} />
      </header>
      <ReportSummary summary={report.summary} />
      <ReportAlignment rows={report.alignment} image={alignmentImage} />
      <ReportKpis section={report.kpis} />
      <section className="report-section" aria-labelledby="report-objectives">
        <h2 id="report-objectives">Objectives</h2>
        {report.objectives.length === 0 ? <p className="muted">No objectives in scope.</p> : null}
        {report.objectives.map((o) => (
          <ReportObjectiveBlock
            key={o.id}
            objective={o}
            cycleStart={cover.cycleStart}
            cycleEnd={cover.cycleEnd}
          />
        ))}
      </section>
      <section
        className={`report-section report-keep${report.cycleRetro ? '' : ' report-section--empty'}`}
        aria-labelledby="report-cycle-retro"
      >
        <h2 id="report-cycle-retro">Cycle retrospective</h2>
        {report.cycleRetro ? (
          <RetroBlock retro={report.cycleRetro} />
        ) : (
          <p className="muted">No cycle retrospective yet.</p>
        )}
      </section>
      <section
        className={`report-section${report.lessons.length ? '' : ' report-section--empty'}`}
        aria-labelledby="report-lessons"
      >
        <h2 id="report-lessons">Lessons of the cycle</h2>
        {report.lessons.length === 0 ? (
          <p className="muted">No lessons written yet.</p>
        ) : (
          <ul className="report-lessons">
            {report.lessons.map((l, i) => (
              <li key={i} className="report-keep">
                <strong>{l.source}:</strong> <span className="report-text">{l.text}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
