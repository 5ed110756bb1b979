import { STATUS_LABELS, formatPercent, type Status } from '../../../shared/domain/progress';

export interface Props {
  value: number;
  status?: Status;
  label: string;
}

export function ProgressBar({ value, status, label }: Props) {
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(value * 100)}
    >
      <div
        className={`progress__fill status--${status ?? 'none'}`}
        style={{ width: `${Math.round(value * 100)}%` }}
      />
      <span className="progress__text">{formatPercent(value)}</span>
    </div>
  );
}

export function StatusPill({ status, stale }: { status: Status; stale?: boolean }) {
  if (stale) return <span className="pill pill--stale">Stale</span>;
  return <span className={`pill status--${status}`}>{STATUS_LABELS[status]}</span>;
}
