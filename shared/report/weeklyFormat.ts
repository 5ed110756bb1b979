import { STATUS_LABELS } from '../domain/status';
import {
  MIN_FORECAST_CHECKINS,
  MIN_FORECAST_SPAN_DAYS,
  type ForecastResult,
} from '../domain/forecast';
import { formatCount, formatDate, type LocaleTag } from '../format';
import { keyResultTarget, keyResultValue } from '../format/keyResultReading';
import type { RiskReason, WeeklyKeyResult } from './weekly';

/**
 * How the weekly report spells numbers, changes and reasons — shared by the in-app preview
 * and the Markdown, so both say the same thing. Signs and figures are plain ASCII, no locale:
 * the Markdown is pasted into chats and wikis and should read the same everywhere. Dates are
 * the one exception, read in the person's locale ('' for the system's) like every other date
 * in the app, because an ISO day is not how people read one.
 */

type KrShape = Pick<WeeklyKeyResult, 'kind' | 'unit' | 'target' | 'milestoneCount'>;

export const signed = (n: number): string => {
  const r = Number(n.toFixed(2));
  return r === 0 ? '±0' : r > 0 ? `+${r}` : `-${Math.abs(r)}`;
};

// A key result's values and target read as on every other surface (keyResultReading.ts).
export { keyResultValue as formatValue, keyResultTarget as formatTarget };

/** Change of value since last week: "+1.5", "-2", "±0"; done/not done says what happened. */
export function formatValueChange(
  kr: Pick<WeeklyKeyResult, 'kind' | 'value' | 'valueBefore'>,
): string {
  if (kr.kind === 'binary') {
    if (kr.value >= 1 === kr.valueBefore >= 1) return '±0';
    return kr.value >= 1 ? 'Done' : 'Reopened';
  }
  return signed(kr.value - kr.valueBefore);
}

export const formatConfidence = (c: number | null): string => (c === null ? '–' : `${c}/10`);

/** Change of confidence since last week; "new" when there was none a week ago. */
export function formatConfidenceChange(now: number | null, before: number | null): string {
  if (now === null) return '–';
  if (before === null) return 'new';
  return signed(now - before);
}

export const formatPoints = (now: number, before: number): string => {
  const pts = Math.round(now * 100) - Math.round(before * 100);
  return pts === 0 ? '±0 pts' : `${pts > 0 ? '+' : '-'}${Math.abs(pts)} pts`;
};

/** The status labels, from the one place they live (status.ts). */
export const STATUS_TEXT = STATUS_LABELS;

export function describeRisk(reason: RiskReason, kr: KrShape, locale: LocaleTag = ''): string {
  switch (reason.kind) {
    case 'stale':
      return `no check-in for ${formatCount(reason.days, 'day', locale)}`;
    case 'status':
      return STATUS_TEXT[reason.status].toLowerCase();
    case 'forecast':
      return `the trend reaches ${keyResultValue(kr, reason.projected)} by ${formatDate(reason.end, locale)}, target ${keyResultTarget(kr)}`;
  }
}

/** The forecast in one sentence, as the check-in views give it. */
export function describeForecast(
  forecast: ForecastResult,
  kr: KrShape,
  locale: LocaleTag = '',
): string {
  if (forecast.kind === 'notEnough')
    return `${forecast.message}: it takes ${MIN_FORECAST_CHECKINS} check-ins over at least ${MIN_FORECAST_SPAN_DAYS} days.`;
  const lead = `Forecast: ${keyResultValue(kr, forecast.projected)} by ${formatDate(forecast.end, locale)}`;
  return forecast.atRisk
    ? `${lead} — at risk, the target is ${keyResultTarget(kr)}`
    : `${lead} — on course for the target`;
}
