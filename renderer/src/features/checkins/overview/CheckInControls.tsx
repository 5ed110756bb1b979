import { flattenOrgTree } from '@shared/domain/org';
import { useOrgUnits } from '../../../db/queries';
import { useUi } from '../../../store/ui';
import { useFormat } from '../../settings/useFormat';

export interface Props {
  ownerId: string;
  meId: string | undefined;
  /** Units that own key results in the cycle; the picker offers these and "me". */
  ownerIds: string[];
  staleDays: number;
  today: string;
  cycleStart: string;
}

/** Who is checking in and which day to look at; when silence turns "Stale" is set in Settings. */
export function CheckInControls({ ownerId, meId, ownerIds, staleDays, today, cycleStart }: Props) {
  const { count } = useFormat();
  const units = useOrgUnits() ?? [];
  const asOf = useUi((s) => s.checkInAsOf);
  const offered = new Set([...ownerIds, ...(meId ? [meId] : [])]);
  return (
    <div className="checkin-controls">
      <div className="field">
        <label htmlFor="checkin-owner">Check in as</label>
        <select
          id="checkin-owner"
          value={ownerId}
          onChange={(e) =>
            useUi.getState().setCheckInOwner(e.target.value === meId ? null : e.target.value)
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
              useUi
                .getState()
                .setCheckInAsOf(e.target.value && e.target.value < today ? e.target.value : null)
            }
          />
          {asOf ? (
            <button type="button" onClick={() => useUi.getState().setCheckInAsOf(null)}>
              Today
            </button>
          ) : null}
        </div>
      </div>
      <p className="checkin-controls__stale muted small">
        Stale after {count(staleDays, 'day')} ·{' '}
        <button type="button" className="link" onClick={() => useUi.getState().setView('settings')}>
          Change in Settings
        </button>
      </p>
    </div>
  );
}
