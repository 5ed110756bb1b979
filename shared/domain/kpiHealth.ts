import { formatQuantity, type LocaleTag } from '../format';
import type { Kpi, KpiCheckIn } from './kpiModel';

/**
 * How a KPI is doing, read from its check-ins: one rule for the board, the objective pane,
 * the map and the review report.
 */

export type KpiHealth = 'healthy' | 'warning' | 'critical';
export const KPI_HEALTH_LABELS: Record<KpiHealth, string> = {
  healthy: 'Healthy',
  warning: 'Warning',
  critical: 'Critical',
};

export type KpiTrend = 'up' | 'down' | 'flat';
export const KPI_TREND_LABELS: Record<KpiTrend, string> = {
  up: 'Trending up',
  down: 'Trending down',
  flat: 'Flat',
};

/** How many of the latest check-ins the trend looks at. */
export const TREND_WINDOW = 5;
/** A change smaller than this share of the thresholds' spread reads as flat. */
const FLAT_SHARE = 0.05;

type Thresholds = Pick<Kpi, 'direction' | 'warningAt' | 'criticalAt' | 'healthyLimit'>;
type Point = Pick<KpiCheckIn, 'at' | 'value' | 'createdAt'> & { deletedAt?: string | null };

/** Healthy inside the healthy range; critical at or past the critical threshold; else warning. */
export function kpiHealth(kpi: Thresholds, value: number): KpiHealth {
  const higher = kpi.direction === 'higher';
  if (higher ? value <= kpi.criticalAt : value >= kpi.criticalAt) return 'critical';
  if (higher ? value < kpi.warningAt : value > kpi.warningAt) return 'warning';
  if (kpi.healthyLimit !== null && (higher ? value > kpi.healthyLimit : value < kpi.healthyLimit))
    return 'warning';
  return 'healthy';
}

/** Live check-ins in time order; those of one day in the order they were made. */
export const kpiHistory = <T extends Point>(rows: readonly T[]): T[] =>
  rows
    .filter((c) => !c.deletedAt)
    .sort((a, b) => a.at.localeCompare(b.at) || a.createdAt.localeCompare(b.createdAt));

/**
 * Up, down or flat over the last check-ins (at most TREND_WINDOW): the least-squares line's
 * rise across them, so one odd reading does not flip it. Fewer than two readings: flat.
 */
export function kpiTrend(kpi: Thresholds, values: readonly number[]): KpiTrend {
  const ys = values.slice(-TREND_WINDOW);
  const n = ys.length;
  if (n < 2) return 'flat';
  const mx = (n - 1) / 2;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let num = 0;
  let den = 0;
  ys.forEach((y, x) => {
    num += (x - mx) * (y - my);
    den += (x - mx) ** 2;
  });
  const rise = (num / den) * (n - 1);
  const spread = Math.abs(kpi.warningAt - kpi.criticalAt);
  if (Math.abs(rise) <= spread * FLAT_SHARE) return 'flat';
  return rise > 0 ? 'up' : 'down';
}

/** Whether a trend moves the KPI the way it should go. */
export const trendIsBetter = (kpi: Pick<Kpi, 'direction'>, trend: KpiTrend): boolean | null =>
  trend === 'flat' ? null : (trend === 'up') === (kpi.direction === 'higher');

export interface KpiReading {
  /** The latest live check-in's value; null before the first check-in. */
  latest: number | null;
  latestAt: string | null;
  /** Null before the first check-in: there is nothing to judge. */
  health: KpiHealth | null;
  trend: KpiTrend;
  /** The values the trend and the sparkline draw, oldest first. */
  recent: number[];
}

/** What the board, the objective pane, the map and the report show of one KPI. */
export function readKpi(kpi: Thresholds, checkIns: readonly Point[]): KpiReading {
  const history = kpiHistory(checkIns);
  const last = history[history.length - 1];
  const recent = history.slice(-12).map((c) => c.value);
  return {
    latest: last?.value ?? null,
    latestAt: last?.at ?? null,
    health: last ? kpiHealth(kpi, last.value) : null,
    trend: kpiTrend(kpi, recent),
    recent,
  };
}

/** `99.2 % · Warning · Trending down` — one line for lists and reports. */
export function describeKpiReading(
  kpi: Pick<Kpi, 'unit'>,
  reading: KpiReading,
  locale: LocaleTag = 'en',
): string {
  if (reading.latest === null || !reading.health) return 'No check-in yet';
  const value = formatQuantity(reading.latest, kpi.unit, locale);
  return `${value} · ${KPI_HEALTH_LABELS[reading.health]} · ${KPI_TREND_LABELS[reading.trend]}`;
}

/**
 * The thresholds in words, e.g. `Healthy at 99.5 % or more · critical at 99 % or less`.
 */
export function describeKpiThresholds(
  kpi: Pick<Kpi, 'unit' | 'direction' | 'warningAt' | 'criticalAt' | 'healthyLimit'>,
  locale: LocaleTag = 'en',
): string {
  const q = (n: number) => formatQuantity(n, kpi.unit, locale);
  const higher = kpi.direction === 'higher';
  const healthy =
    kpi.healthyLimit === null
      ? `Healthy at ${q(kpi.warningAt)} or ${higher ? 'more' : 'less'}`
      : `Healthy from ${q(Math.min(kpi.warningAt, kpi.healthyLimit))} to ${q(Math.max(kpi.warningAt, kpi.healthyLimit))}`;
  return `${healthy} · critical at ${q(kpi.criticalAt)} or ${higher ? 'less' : 'more'}`;
}
