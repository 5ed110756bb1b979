import { describeKpiThresholds, KPI_TREND_LABELS, trendIsBetter } from '@shared/domain/kpiHealth';
import { provenanceLabel } from '@shared/feeds/provenance';
import { formatQuantity } from '@shared/format';
import { useUi } from '../../store/ui';
import { Sparkline } from '../../ui/charts/Sparkline';
import { reportError } from '../../ui/errors';
import { FeedStatus } from '../feeds/FeedStatus';
import { kpiTarget } from '../feeds/feedTarget';
import { useFormat } from '../settings/useFormat';
import { deleteKpiWithUndo } from './kpiActions';
import { KpiHealthChip } from './KpiHealthChip';
import { RecoveryLinks } from './RecoveryLinks';
import type { KpiRow } from './useKpis';

export interface Props {
  row: KpiRow;
  /** The owner unit's name, shown when the board covers every unit. */
  ownerName?: string;
  /** Why this member may only read the unit's KPIs (team workspace); null when they may edit. */
  viewOnly?: string | null;
}

/** One KPI on the board: its latest value and health, its trend, and what one can do with it. */
export function KpiCard({ row, ownerName, viewOnly = null }: Props) {
  const { kpi, reading } = row;
  const f = useFormat();
  const provenance = provenanceLabel(row.latestSource, (iso) => f.time(iso));
  const open = useUi((s) => s.openKpiDialog);
  const better = trendIsBetter(kpi, reading.trend);
  const trendWords = `${KPI_TREND_LABELS[reading.trend]}${better === null ? '' : better ? ' (better)' : ' (worse)'}`;
  return (
    <li className={`kpi-card kpi-card--${reading.health ?? 'none'}`} aria-label={`KPI ${kpi.name}`}>
      <div>
        <h2 className="kpi-card__name">{kpi.name}</h2>
        <p className="muted small">
          {ownerName ? `${ownerName} · ` : ''}
          {describeKpiThresholds(kpi, f.locale)}
        </p>
      </div>
      <div className="kpi-card__now">
        <span className="kpi-card__value">
          {reading.latest === null ? '—' : formatQuantity(reading.latest, kpi.unit, f.locale)}
        </span>
        <KpiHealthChip health={reading.health} />
        {reading.recent.length ? (
          <span className={`kpi-health--${reading.health ?? 'none'}`}>
            <Sparkline values={reading.recent} label={`Trend of ${kpi.name}: ${trendWords}`} />
          </span>
        ) : null}
        <span className="muted small">
          {reading.latestAt ? `${trendWords} · ${f.date(reading.latestAt)}` : 'No check-in yet'}
        </span>
      </div>
      <div className="kpi-card__actions">
        <button
          type="button"
          className="primary"
          aria-label={`Check in ${kpi.name}`}
          disabled={!!viewOnly}
          title={viewOnly ?? undefined}
          onClick={() => open({ kind: 'checkIn', kpiId: kpi.id })}
        >
          Check in
        </button>
        {kpi.feed ? null : (
          <button
            type="button"
            aria-label={`Link ${kpi.name} to a file…`}
            disabled={!!viewOnly}
            title={viewOnly ?? undefined}
            onClick={() => open({ kind: 'feed', kpiId: kpi.id })}
          >
            Link to a file…
          </button>
        )}
        <button
          type="button"
          aria-label={`Edit ${kpi.name}`}
          disabled={!!viewOnly}
          title={viewOnly ?? undefined}
          onClick={() => open({ kind: 'edit', kpiId: kpi.id })}
        >
          Edit
        </button>
        <button
          type="button"
          className="danger"
          aria-label={`Delete ${kpi.name}`}
          disabled={!!viewOnly}
          title={viewOnly ?? undefined}
          onClick={() => void deleteKpiWithUndo(kpi).catch(reportError)}
        >
          Delete
        </button>
      </div>
      {provenance ? (
        <p className="muted small kpi-card__source">Latest check-in {provenance}</p>
      ) : null}
      {kpi.feed ? (
        <section className="feed-section kpi-card__feed" aria-label={`File feed of ${kpi.name}`}>
          <FeedStatus
            target={{ ...kpiTarget(kpi), feed: kpi.feed }}
            readOnly={!!viewOnly}
            onChangeLink={() => open({ kind: 'feed', kpiId: kpi.id })}
          />
        </section>
      ) : null}
      <RecoveryLinks
        kpi={kpi}
        critical={reading.health === 'critical'}
        // The recovery objective is the unit's: the same people edit its goals and its KPIs.
        viewOnly={viewOnly}
      />
    </li>
  );
}
