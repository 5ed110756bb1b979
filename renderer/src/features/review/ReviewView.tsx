import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { CYCLE_STATE_LABELS, nextCycleDates } from '@shared/domain/cycle';
import {
  closeUnavailable,
  describeReviewMark,
  reviewMarkOf,
  unitReviews,
} from '@shared/domain/cycleClose';
import { buildReviewReport } from '@shared/report/review';
import { db } from '../../db/schema';
import { live } from '../../db/records';
import { useUi } from '../../store/ui';
import { useOrgViewOnly } from '../../sync/useViewOnly';
import { useLocale } from '../settings/useFormat';
import { useCurrentCycle } from '../workspace';
import { CalibrationPanel } from './CalibrationPanel';
import { CloseCycleDialog } from './CloseCycleDialog';
import { ReportTab } from './ReportTab';
import { REVIEW_TABS, type ReviewTab } from '../../store/reviewSlice';
import { ScopeSelect } from './ScopeSelect';
import { ScoreTab } from './ScoreTab';
import { UnitReviewButton } from './UnitReviewButton';
import { useReviewData } from './useReviewData';
import './review.css';
import { formatCount, possessive } from '@shared/format';

const TAB_LABELS: Record<ReviewTab, string> = {
  score: 'Scores & retrospective',
  calibration: 'Calibration',
  report: 'Report',
};

/** End of cycle: score, reflect, close and carry over, and the review report. */
export function ReviewView() {
  const cycle = useCurrentCycle();
  const scopeId = useUi((s) => s.orgUnitId);
  const data = useReviewData(cycle?.id ?? null, scopeId);
  const tab = useUi((s) => s.reviewTab);
  const locale = useLocale();
  const dialog = useUi((s) => s.reviewCloseDialog);
  // Closing a cycle changes the cycles (the org document): admins only, in a team workspace.
  const orgViewOnly = useOrgViewOnly();
  const next = useLiveQuery(async () => {
    if (!cycle) return undefined;
    const dates = nextCycleDates(cycle);
    return live(await db.cycles.where('start').equals(dates.start).toArray()).find(
      (c) => c.kind === cycle.kind,
    );
  }, [cycle]);
  const report = useMemo(
    () =>
      data
        ? buildReviewReport({
            ...data,
            scopeUnitId: scopeId,
            generatedAt: new Date().toISOString(),
          })
        : null,
    [data, scopeId],
  );
  // Everyone, or the company itself: the only scope that closes the cycle, and that sees how
  // many of the units owning objectives have reviewed. Any other unit's screen reviews that
  // unit and nothing more.
  const companyScope = !!cycle && (!scopeId || scopeId === cycle.ownerId);
  const units = useMemo(
    () => (companyScope && data && data.cycle.id === cycle?.id ? unitReviews(data) : null),
    [companyScope, data, cycle?.id],
  );
  if (!cycle) return <p className="empty">Choose a cycle to review.</p>;
  if (!data || !report) return null;
  const closed = cycle.state === 'closed';
  const unit = data.orgUnits.find((u) => u.id === (scopeId ?? cycle.ownerId));
  const nameOf = (id: string) => data.orgUnits.find((u) => u.id === id)?.name;
  const canClose = !!units && !closeUnavailable(cycle, units.length);
  const reviewable = !!unit && !closed && cycle.state !== 'planning';
  const mark = unit ? reviewMarkOf(data.retros, unit.id) : null;
  const unitsReviewed = units?.length
    ? `${units.filter((u) => u.reviewed).length} of ${formatCount(units.length, 'unit', locale)} reviewed`
    : null;
  return (
    <section className="view review" aria-labelledby="review-title">
      <header className="view__header review-screen-only">
        <div>
          <h1 id="review-title">Review</h1>
          <p className="muted">
            {cycle.name} · {CYCLE_STATE_LABELS[cycle.state]}
            {closed ? ' — read-only' : ''}
          </p>
          {reviewable && unit ? (
            <p className={`small review-status ${mark ? 'review-status--done' : 'muted'}`}>
              {mark
                ? describeReviewMark(mark, nameOf, locale)
                : `${possessive(unit.name)} review is not done`}
            </p>
          ) : null}
          {unitsReviewed ? <p className="small muted review-status">{unitsReviewed}</p> : null}
        </div>
        <div className="review-actions">
          <ScopeSelect />
          {closed ? (
            <>
              {next ? (
                <button type="button" onClick={() => useUi.getState().setCycle(next.id)}>
                  Open {next.name}
                </button>
              ) : null}
              <button
                type="button"
                disabled={!!orgViewOnly}
                title={orgViewOnly ?? undefined}
                onClick={() => useUi.getState().openReviewCloseDialog('carry')}
              >
                Carry over…
              </button>
            </>
          ) : (
            <>
              {reviewable && unit ? (
                <UnitReviewButton cycle={cycle} unit={unit} mark={mark} />
              ) : null}
              {canClose ? (
                <button
                  type="button"
                  className="primary"
                  disabled={!!orgViewOnly}
                  title={orgViewOnly ?? undefined}
                  onClick={() => useUi.getState().openReviewCloseDialog('close')}
                >
                  Close cycle and carry over…
                </button>
              ) : null}
            </>
          )}
        </div>
      </header>
      <div className="review-tabs review-screen-only" role="tablist" aria-label="Review">
        {REVIEW_TABS.map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            id={`review-tab-${t}`}
            aria-selected={tab === t}
            aria-controls={`review-panel-${t}`}
            tabIndex={tab === t ? 0 : -1}
            className={tab === t ? 'is-current' : undefined}
            onClick={() => useUi.getState().setReviewTab(t)}
            onKeyDown={(e) => {
              const i = REVIEW_TABS.indexOf(t);
              const to = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : null;
              if (to === null) return;
              const n = REVIEW_TABS[(to + REVIEW_TABS.length) % REVIEW_TABS.length]!;
              useUi.getState().setReviewTab(n);
              document.getElementById(`review-tab-${n}`)?.focus();
            }}
          >
            {TAB_LABELS[t]}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`review-panel-${tab}`}
        aria-labelledby={`review-tab-${tab}`}
        className="review-panel"
      >
        {tab === 'score' ? (
          <ScoreTab
            report={report}
            cycleId={cycle.id}
            scopeUnitId={scopeId ?? cycle.ownerId}
            readOnly={closed}
          />
        ) : tab === 'calibration' ? (
          <CalibrationPanel />
        ) : (
          <ReportTab cycleId={cycle.id} scopeId={scopeId} />
        )}
      </div>
      {dialog ? (
        <CloseCycleDialog cycle={cycle} mode={closed ? 'carry' : dialog} scopeId={scopeId} />
      ) : null}
    </section>
  );
}
