import { reachableRange, type Forecast } from '@shared/domain/forecast';
import { expectedLine, valueSeries, type HistoryCheckIn } from '@shared/domain/history';
import type { Cycle, KeyResult } from '@shared/domain/model';
import { formatAmount } from '@shared/format/keyResultReading';
import { LineChart } from '../../../ui/charts/LineChart';
import { useFormat } from '../../settings/useFormat';

export interface Props {
  kr: KeyResult;
  cycle: Cycle;
  history: readonly HistoryCheckIn[];
  forecast: Forecast | null;
  today: string;
}

/** A key result's values over the cycle, the expected path to its target, and the trend ahead. */
export function KrChart({ kr, cycle, history, forecast, today }: Props) {
  const f = useFormat();
  const inCycle = history.filter((c) => c.at >= cycle.start && c.at <= cycle.end);
  const expected = expectedLine(kr, cycle);
  const points = valueSeries(inCycle);
  // The trend is drawn on from the last value shown, so the eye follows one line forward.
  const last = [...points].reverse().find((p) => p.at <= today);
  const projection =
    forecast && last && last.at < cycle.end
      ? { from: last, to: { at: cycle.end, value: forecast.projected }, label: 'Trend' }
      : null;
  const unit = kr.unit ? ` ${kr.unit}` : '';
  const fmt = (v: number) => `${formatAmount(v)}${unit}`;
  const hold = kr.kind === 'stayAbove' || kr.kind === 'stayBelow';
  const start = kr.kind === 'milestones' ? 0 : kr.start;
  return (
    <LineChart
      title={kr.title}
      points={points}
      start={cycle.start}
      end={cycle.end}
      formatDay={f.date}
      expected={expected ? { ...expected, label: 'Expected by time elapsed' } : null}
      threshold={
        kr.kind === 'stayAbove' || kr.kind === 'stayBelow'
          ? { value: kr.target, label: kr.kind === 'stayAbove' ? 'Stay above' : 'Stay below' }
          : null
      }
      startValue={hold ? null : { value: start, label: `Start ${fmt(start)}` }}
      target={hold ? null : { value: kr.target, label: `Target ${fmt(kr.target)}` }}
      bounds={reachableRange(kr)}
      projection={projection}
      today={today}
      formatValue={fmt}
    />
  );
}
