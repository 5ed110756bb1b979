import { valueDomain } from './scale';
import './charts.css';

export interface Props {
  /** Values in time order. */
  values: readonly number[];
  /** Names the sparkline for assistive technology, e.g. "Trend of Uptime: 99.9 to 99.95". */
  label: string;
  width?: number;
  height?: number;
}

/** A word-sized trend line for lists; evenly spaced, so it shows direction, not dates. */
export function Sparkline({ values, label, width = 72, height = 18 }: Props) {
  const [lo, hi] = valueDomain(values);
  const step = values.length > 1 ? (width - 4) / (values.length - 1) : 0;
  const pts = values.map(
    (v, i) => [2 + i * step, 2 + (1 - (v - lo) / (hi - lo)) * (height - 4)] as const,
  );
  const last = pts[pts.length - 1];
  return (
    <svg
      className="sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
    >
      {pts.length > 1 ? (
        <polyline points={pts.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(' ')} />
      ) : null}
      {last ? <circle cx={last[0]} cy={last[1]} r={2} /> : null}
    </svg>
  );
}
