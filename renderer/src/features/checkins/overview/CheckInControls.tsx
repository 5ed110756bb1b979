import { useEffect, useState } from 'react';
import { flattenOrgTree } from '../../../../../shared/domain/org';
import { SETTING, setSetting } from '../../../db/bootstrap';
import { useOrgUnits } from '../../../db/queries';
import { reportError } from '../../../ui/errors';
import { useCheckInUi } from '../store';

export interface Props {
  ownerId: string;
  meId: string | undefined;
  /** Units that own key results in the cycle; the picker offers these and "me". */
  ownerIds: string[];
  staleDays: number;
  today: string;
  cycleStart: string;
}

/** Who is checking in, which day to look at, and when silence turns into "Stale". */
export function CheckInControls({ ownerId, meId, ownerIds, staleDays, today, cycleStart }: Props) {
  const units = useOrgUnits() ?? [];
  const asOf = useCheckInUi((s) => s.asOf);
  const offered = new Set([...ownerIds, ...(meId ? [meId] : [])]);
  const [days, setDays] = useState(String(staleDays));
  const [daysError, setDaysError] = useState<string | null>(null);
  useEffect(() => setDays(String(staleDays)), [staleDays]);
  const saveDays = () => {
    const n = Number(days);
    if (!Number.isInteger(n) || n < 1 || n > 365)
      return setDaysError('Stale after must be a whole number of days from 1 to 365');
    setDaysError(null);
    if (n !== staleDays) setSetting(SETTING.staleDays, n).catch(reportError);
  };
  return (
    <div className="checkin-controls">
      <div className="field">
        <label htmlFor="checkin-owner">Check in as</label>
        <select
          id="checkin-owner"
          value={ownerId}
          onChange={(e) =>
            useCheckInUi.getState().setOwner(e.target.value === meId ? null : e.target.value)
          }
        >
          {flattenOrgTree(units)
            .filter(({ unit }) => offered.has(unit.id))
            .map(({ unit }) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
                {unit.id === meId ? ' (me)' : ''}
              </option>
            ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="checkin-asof">As of</label>
        <div className="row row--tight">
          <input
            id="checkin-asof"
            type="date"
            min={cycleStart}
            max={today}
            value={asOf ?? today}
            onChange={(e) =>
              useCheckInUi
                .getState()
                .setAsOf(e.target.value && e.target.value < today ? e.target.value : null)
            }
          />
          {asOf ? (
            <button type="button" onClick={() => useCheckInUi.getState().setAsOf(null)}>
              Today
            </button>
          ) : null}
        </div>
      </div>
      <div className={`field${daysError ? ' field--error' : ''}`}>
        <label htmlFor="checkin-stale">Stale after (days)</label>
        <input
          id="checkin-stale"
          inputMode="numeric"
          className="checkin-controls__days"
          value={days}
          aria-invalid={!!daysError}
          aria-describedby={daysError ? 'checkin-stale-error' : undefined}
          onChange={(e) => setDays(e.target.value)}
          onBlur={saveDays}
          onKeyDown={(e) => e.key === 'Enter' && saveDays()}
        />
        {daysError ? (
          <p className="field__error" id="checkin-stale-error" role="alert">
            {daysError}
          </p>
        ) : null}
      </div>
    </div>
  );
}
