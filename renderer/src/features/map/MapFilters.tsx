import { flattenOrgTree } from '@shared/domain/org';
import { STATUS_LABELS, STATUSES } from '@shared/domain/status';
import { useUi } from '../../store/ui';
import type { StatusFilter } from './mapState';
import type { MapData } from './useAlignmentGraph';
import { TreeOption } from '../../ui/TreeOption';
import { TreeSelect } from '../../ui/TreeSelect';

export interface Props {
  data: MapData;
}

/** Which part of the map to show: an org subtree (shared with the sidebar), an owner, a status. */
export function MapFilters({ data }: Props) {
  const orgUnitId = useUi((s) => s.orgUnitId);
  const ownerId = useUi((s) => s.mapOwnerId);
  const status = useUi((s) => s.mapStatus);
  const owners = new Set(data.graph.nodes.map((n) => n.ownerId));
  const rows = flattenOrgTree(data.units);
  return (
    <div className="map-filters">
      <label>
        <span>Org</span>
        <TreeSelect
          value={orgUnitId ?? ''}
          onChange={(e) => useUi.getState().setOrgUnit(e.target.value || null)}
        >
          <option value="">Everyone</option>
          {rows.map(({ unit, depth }) => (
            <TreeOption key={unit.id} value={unit.id} depth={depth}>
              {unit.name}
            </TreeOption>
          ))}
        </TreeSelect>
      </label>
      <label>
        <span>Owner</span>
        <select
          value={ownerId ?? ''}
          onChange={(e) => useUi.getState().setMapOwner(e.target.value || null)}
        >
          <option value="">Any owner</option>
          {rows
            .filter(({ unit }) => owners.has(unit.id))
            .map(({ unit }) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
        </select>
      </label>
      <label>
        <span>Status</span>
        <select
          value={status ?? ''}
          onChange={(e) => useUi.getState().setMapStatus((e.target.value || null) as StatusFilter)}
        >
          <option value="">Any status</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
          <option value="none">No key results</option>
        </select>
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={data.showKeyResults}
          onChange={(e) => useUi.getState().setMapShowKeyResults(e.target.checked)}
        />
        Show key results
      </label>
    </div>
  );
}
