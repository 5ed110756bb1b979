import { formatPercent } from '@shared/domain/progress';
import { STATUS_LABELS, type Status } from '@shared/domain/status';

export interface Props {
  value: number;
  /** Colours the bar: the status's colour, a closed cycle's final band included. */
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
      <div className="progress__track">
        <div
          className={`progress__fill status--${status ?? 'none'}`}
          style={{ width: `${Math.round(value * 100)}%` }}
        />
      </div>
      <span className="progress__text">{formatPercent(value)}</span>
    </div>
  );
}

/** A status as a word in its colour; every label comes from STATUS_LABELS. */
export function StatusPill({ status }: { status: Status }) {
  return <span className={`pill status--${status}`}>{STATUS_LABELS[status]}</span>;
}
