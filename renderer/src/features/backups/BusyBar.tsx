import { useFormat } from '../settings/useFormat';
import type { Busy } from '../../store/backupsSlice';

export interface Props {
  busy: Busy;
}

/** Progress of a long export, restore or import, announced to screen readers. */
export function BusyBar({ busy }: Props) {
  const determinate = busy.total > 1;
  const f = useFormat();
  return (
    <div className="backups__busy" role="status">
      <span>{busy.label}</span>
      <progress
        aria-label={busy.label}
        max={determinate ? busy.total : undefined}
        value={determinate ? busy.done : undefined}
      />
      {determinate ? (
        <span className="muted small">
          {f.number(busy.done)} of {f.count(busy.total, 'record')}
        </span>
      ) : null}
    </div>
  );
}
