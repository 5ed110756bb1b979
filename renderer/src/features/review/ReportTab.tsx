import { reportError } from '../../ui/errors';
import { exportReviewMarkdown, exportReviewPdf } from './exportReview';
import { ReportPreview } from './report/ReportPreview';
import { useUi } from '../../store/ui';
import type { PageSize } from '../../store/reviewSlice';

export interface Props {
  cycleId: string;
  scopeId: string | null;
}

/** The report preview with its exports; what is shown here is what the PDF prints. */
export function ReportTab({ cycleId, scopeId }: Props) {
  const pageSize = useUi((s) => s.reviewPageSize);
  return (
    <div className="review-report-tab">
      <div
        className="review-toolbar review-screen-only"
        role="toolbar"
        aria-label="Export the review report"
      >
        <label>
          Page size{' '}
          <select
            value={pageSize}
            onChange={(e) => useUi.getState().setReviewPageSize(e.target.value as PageSize)}
          >
            <option value="A4">A4</option>
            <option value="Letter">Letter</option>
          </select>
        </label>
        <button
          type="button"
          className="primary"
          onClick={() => void exportReviewPdf(cycleId, scopeId, pageSize).catch(reportError)}
        >
          Export PDF
        </button>
        <button
          type="button"
          onClick={() => void exportReviewMarkdown(cycleId, scopeId).catch(reportError)}
        >
          Export Markdown
        </button>
        <span className="muted small">
          Scope: {scopeId ? 'the chosen unit and everything below it' : 'everyone'}.
        </span>
      </div>
      <ReportPreview cycleId={cycleId} scopeId={scopeId} pageSize={pageSize} />
    </div>
  );
}
