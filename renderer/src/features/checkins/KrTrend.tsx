import { STATUS_LABELS, type Status } from '@shared/domain/status';
import { Sparkline } from '../../ui/charts/Sparkline';
import { useFormat } from '../settings/useFormat';
import type { KrActivity } from './useKrActivity';
import './krTrend.css';

export interface Props {
  title: string;
  activity: KrActivity | undefined;
  /** The key result's status (status.ts): "Stale" is spelled out next to the sparkline. */
  status: Status;
}

/** A key result's sparkline in a list, and "Stale" when nobody has checked in for too long. */
export function KrTrend({ title, activity, status }: Props) {
  const f = useFormat();
  if (!activity) return null;
  const { values, lastAt } = activity;
  return (
    <>
      {values.length > 1 ? (
        <Sparkline
          values={values}
          label={`Trend of ${title}: ${f.count(values.length, 'check-in')}`}
          width={56}
          height={16}
        />
      ) : null}
      {status === 'stale' ? (
        <span
          className="pill status--stale"
          title={lastAt ? `Last check-in ${f.date(lastAt)}` : 'No check-in yet'}
        >
          {STATUS_LABELS.stale}
        </span>
      ) : null}
    </>
  );
}
