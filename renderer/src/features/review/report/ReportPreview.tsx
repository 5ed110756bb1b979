import { useEffect, useMemo, useRef } from 'react';
import { buildReviewReport } from '@shared/report/review';
import { toIsoDate } from '@shared/domain/cycle';
import { lastCheckInDays } from '@shared/domain/status';
import { useStaleDays } from '../../checkins/useCheckInData';
import { useToday } from '../../workspace';
import { useFormat } from '../../settings/useFormat';
import { PrintPageStyle } from '../../print/PrintPageStyle';
import type { PageSize } from '../../../store/reviewSlice';
import { useReviewData } from '../useReviewData';
import { alignmentPicture } from './alignmentPicture';
import { ReviewReportView } from './ReviewReportView';
import './report.css';

export interface Props {
  cycleId: string;
  scopeId: string | null;
  pageSize: PageSize;
  /** Called once everything is drawn (charts, the alignment picture), e.g. to print. */
  onReady?: () => void;
}

/** The review report of a cycle and scope, drawn for the screen and styled for print. */
export function ReportPreview({ cycleId, scopeId, pageSize, onReady }: Props) {
  const format = useFormat();
  const data = useReviewData(cycleId, scopeId);
  const ref = useRef<HTMLDivElement>(null);
  const staleDays = useStaleDays();
  const today = toIsoDate(useToday());
  const report = useMemo(
    () =>
      data
        ? buildReviewReport({
            ...data,
            scopeUnitId: scopeId,
            generatedAt: new Date().toISOString(),
            today,
            staleDays,
          })
        : null,
    [data, scopeId, today, staleDays],
  );
  const picture = useMemo(() => {
    if (!data || !report) return null;
    return alignmentPicture({
      cycleId,
      scope: new Set(report.objectives.map((o) => o.id)),
      objectives: data.objectives,
      keyResults: data.keyResults,
      orgUnits: data.orgUnits,
      status: { cycle: data.cycle, today, staleDays },
      lastCheckIns: lastCheckInDays(data.checkIns, today),
      finalScores: new Map(
        report.objectives.flatMap((o) =>
          o.keyResults.filter((k) => k.scoreSet).map((k) => [k.id, k.score] as const),
        ),
      ),
      title: `${data.cycle.name} — alignment`,
    });
  }, [data, report, cycleId, today, staleDays]);

  useEffect(() => {
    if (!report) return;
    let cancelled = false;
    const images = [...(ref.current?.querySelectorAll('img') ?? [])];
    void Promise.all(images.map((img) => img.decode().catch(() => undefined))).then(() => {
      if (!cancelled) onReady?.();
    });
    return () => {
      cancelled = true;
    };
  }, [report, picture, onReady]);

  if (data === undefined) return <p className="muted">Loading the report…</p>;
  if (!data || !report) return <p className="empty">This cycle no longer exists.</p>;
  return (
    <div ref={ref} className="review-report-frame">
      <PrintPageStyle
        pageSize={pageSize}
        footer={`${report.cover.title} · ${format.date(report.cover.generatedAt)}`}
      />
      <ReviewReportView report={report} alignmentImage={picture} />
    </div>
  );
}
