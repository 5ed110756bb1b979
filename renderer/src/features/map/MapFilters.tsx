import { useMemo } from 'react';
import { flattenOrgTree } from '@shared/domain/org';
import { STATUS_LABELS, STATUSES } from '@shared/domain/status';
import { useUi } from '../../store/ui';
import { FilterSelect } from './FilterSelect';
import type { StatusFilter } from './mapState';
import type { MapData } from './useAlignmentGraph';

export interface Props {
  data: MapData;
}

/** Which part of the map to show: an org subtree (shared with the sidebar), an owner, a status. */
export function MapFilters({ data }: Props) {
  const orgUnitId = useUi((s) => s.orgUnitId);
  const ownerId = useUi((s) => s.mapOwnerId);
  const status = useUi((s) => s.mapStatus);
  const { orgOptions, ownerOptions } = useMemo(() => {
    const owners = new Set(data.graph.nodes.map((n) => n.ownerId));
    const rows = flattenOrgTree(data.units);
    return {
      orgOptions: rows.map(({ unit, depth }) => ({ value: unit.id, label: unit.name, depth })),
      ownerOptions: rows
        .filter(({ unit }) => owners.has(unit.id))
        .map(({ unit }) => ({ value: unit.id, label: unit.name })),
    };
  }, [data.graph, data.units]);
  return (
    <div className="map-filters">
      <FilterSelect
        label="Org"
        value={orgUnitId ?? ''}
        anyLabel="Everyone"
        tree
        options={orgOptions}
        onChange={(id) => useUi.getState().setOrgUnit(id || null)}
      />
      <FilterSelect
        label="Owner"
        value={ownerId ?? ''}
        anyLabel="Any owner"
        options={ownerOptions}
        onChange={(id) => useUi.getState().setMapOwner(id || null)}
      />
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
