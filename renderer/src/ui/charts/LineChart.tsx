import { useId } from 'react';
import { formatDate } from '@shared/format';
import {
  axisTicks,
  dayOffset,
  defaultFormat,
  valueDomain,
  type ChartPoint,
  type ValueBounds,
} from './scale';
import { usePrinting } from './printing';
import './charts.css';

export type { ChartPoint } from './scale';

/** A straight reference line between two dated values, e.g. the expected path to the target. */
export interface ChartLine {
  from: ChartPoint;
  to: ChartPoint;
  label: string;
}

export interface Props {
  /** What is charted, e.g. the key result's title; names the chart and its table. */
  title: string;
  points: readonly ChartPoint[];
  /** The time axis, e.g. the cycle's first and last day. */
  start: string;
  end: string;
  /** Where the value should be by time elapsed: drawn dashed. */
  expected?: ChartLine | null;
  /** A projection of the trend (forecast): drawn dotted. */
  projection?: ChartLine | null;
  /** A level to hold (stay above / stay below): drawn as a flat line. */
  threshold?: { value: number; label: string } | null;
  /** Where the value started: a tick on the value axis and a hollow mark on the first day. */
  startValue?: { value: number; label: string } | null;
  /** The value to reach: a flat line across the chart and a tick on the value axis. */
  target?: { value: number; label: string } | null;
  /** What the value can be: the axis is not padded beyond it. */
  bounds?: ValueBounds;
  /** Draws a "today" marker when inside the axis. */
  today?: string;
  formatValue?: (v: number) => string;
  /** A day as the reader reads it; the system locale's style when not given. */
  formatDay?: (day: string) => string;
  /** Column heading of the value in the accessible table. */
  valueLabel?: string;
}

const W = 600;
const H = 220;
const M = { top: 12, right: 16, bottom: 26, left: 52 };

/**
 * A line chart of dated values for screens and print, light or dark. Assistive technology
 * gets a one-sentence summary (role="img") and the points as a visually hidden table.
 */
export function LineChart({
  title,
  points,
  start,
  end,
  expected,
  projection,
  threshold,
  startValue,
  target,
  bounds,
  today,
  formatValue = defaultFormat,
  formatDay = systemDay,
  valueLabel = 'Value',
}: Props) {
  const tableId = useId();
  const printing = usePrinting();
  const sorted = [...points].sort((a, b) => a.at.localeCompare(b.at));
  const span = Math.max(1, dayOffset(start, end));
  const lines = [expected, projection].filter((l): l is ChartLine => !!l);
  const marks = [startValue?.value, target?.value, threshold?.value].filter(
    (v): v is number => v !== undefined,
  );
  const [lo, hi] = valueDomain(
    [...sorted.map((p) => p.value), ...lines.flatMap((l) => [l.from.value, l.to.value]), ...marks],
    bounds,
  );
  const x = (at: string) =>
    M.left + (Math.min(span, Math.max(0, dayOffset(start, at))) / span) * (W - M.left - M.right);
  const y = (v: number) => M.top + (1 - (v - lo) / (hi - lo)) * (H - M.top - M.bottom);
  const path = sorted.map(
    (p, i) => `${i ? 'L' : 'M'}${x(p.at).toFixed(1)},${y(p.value).toFixed(1)}`,
  );
  const seg = (l: ChartLine) => ({
    x1: x(l.from.at),
    y1: y(l.from.value),
    x2: x(l.to.at),
    y2: y(l.to.value),
  });
  const ticks = axisTicks(lo, hi, marks);

  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={summarise(title, sorted, expected, projection, formatValue, formatDay)}
        aria-describedby={printing ? undefined : tableId}
      >
        {ticks.map((t) => (
          <g key={t} className="chart__grid">
            <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} />
            <text x={M.left - 6} y={y(t)} dy="0.32em" textAnchor="end">
              {formatValue(t)}
            </text>
          </g>
        ))}
        <text className="chart__axis" x={M.left} y={H - 6}>
          {formatDay(start)}
        </text>
        <text className="chart__axis" x={W - M.right} y={H - 6} textAnchor="end">
          {formatDay(end)}
        </text>
        {today && today >= start && today <= end ? (
          <line className="chart__today" x1={x(today)} x2={x(today)} y1={M.top} y2={H - M.bottom} />
        ) : null}
        {threshold ? (
          <line
            className="chart__expected"
            x1={M.left}
            x2={W - M.right}
            y1={y(threshold.value)}
            y2={y(threshold.value)}
          />
        ) : null}
        {target ? (
          <line
            className="chart__target"
            x1={M.left}
            x2={W - M.right}
            y1={y(target.value)}
            y2={y(target.value)}
          />
        ) : null}
        {expected ? <line className="chart__expected" {...seg(expected)} /> : null}
        {startValue ? (
          // A diamond, not a dot: the start is where the line begins, not a check-in.
          <path
            className="chart__start"
            d={`M${x(start)},${y(startValue.value) - 5}l5,5l-5,5l-5,-5z`}
          />
        ) : null}
        {projection ? <line className="chart__projection" {...seg(projection)} /> : null}
        {path.length > 1 ? <path className="chart__value" d={path.join('')} /> : null}
        {sorted.map((p, i) => (
          <circle
            key={`${p.at}-${i}`}
            className="chart__point"
            cx={x(p.at)}
            cy={y(p.value)}
            r={3.5}
          />
        ))}
      </svg>
      <figcaption className="chart__legend">
        <span className="chart__key chart__key--value">{valueLabel}</span>
        {expected || threshold ? (
          <span className="chart__key chart__key--expected">
            {expected?.label ?? threshold?.label}
          </span>
        ) : null}
        {projection ? (
          <span className="chart__key chart__key--projection">{projection.label}</span>
        ) : null}
        {target ? <span className="chart__key chart__key--target">{target.label}</span> : null}
        {startValue ? (
          <span className="chart__key chart__key--start">{startValue.label}</span>
        ) : null}
      </figcaption>
      {printing ? null : (
        <table className="sr-only" id={tableId}>
          <caption>{title}: values by date</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">{valueLabel}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((p, i) => (
              <tr key={`${p.at}-${i}`}>
                <td>{formatDay(p.at)}</td>
                <td>{formatValue(p.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}

const systemDay = (day: string): string => formatDate(day, '');

function summarise(
  title: string,
  points: readonly ChartPoint[],
  expected: ChartLine | null | undefined,
  projection: ChartLine | null | undefined,
  fmt: (v: number) => string,
  day: (d: string) => string,
): string {
  const parts = [`Chart of ${title}`];
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) parts.push('no values yet');
  else if (points.length === 1) parts.push(`1 value: ${fmt(first.value)} on ${day(first.at)}`);
  else
    parts.push(
      `${points.length} values from ${fmt(first.value)} on ${day(first.at)} to ${fmt(last.value)} on ${day(last.at)}`,
    );
  if (expected)
    parts.push(`${expected.label}: ${fmt(expected.to.value)} by ${day(expected.to.at)}`);
  if (projection)
    parts.push(`${projection.label}: ${fmt(projection.to.value)} by ${day(projection.to.at)}`);
  return parts.join('; ');
}
