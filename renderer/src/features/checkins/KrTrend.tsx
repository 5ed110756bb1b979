import { Sparkline } from '../../ui/charts/Sparkline';
import type { KrActivity } from './useKrActivity';
import './krTrend.css';

export interface Props {
  title: string;
  activity: KrActivity | undefined;
}

/** A key result's sparkline in a list, and "Stale" when nobody has checked in for too long. */
export function KrTrend({ title, activity }: Props) {
  if (!activity) return null;
  const { values, stale, lastAt } = activity;
  return (
    <>
      {values.length > 1 ? (
        <Sparkline
          values={values}
          label={`Trend of ${title}: ${values.length} check-ins`}
          width={56}
          height={16}
        />
      ) : null}
      {stale ? (
        <span
          className="pill pill--stale"
          title={lastAt ? `Last check-in ${lastAt}` : 'No check-in yet'}
        >
          Stale
        </span>
      ) : null}
    </>
  );
}
