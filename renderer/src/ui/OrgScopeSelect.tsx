import { flattenOrgTree } from '../../../shared/domain/org';
import { useOrgUnits } from '../db/queries';
import { useUi } from '../store/ui';

export interface Props {
  id?: string;
}

/**
 * The org scope every view follows (everyone, or a unit and what is below it). One store
 * value, so choosing it in the sidebar or in a view's own picker is the same choice.
 */
export function OrgScopeSelect({ id }: Props) {
  const units = useOrgUnits() ?? [];
  const orgUnitId = useUi((s) => s.orgUnitId);
  return (
    <select
      id={id}
      value={orgUnitId ?? ''}
      onChange={(e) => useUi.getState().setOrgUnit(e.target.value || null)}
    >
      <option value="">Everyone</option>
      {flattenOrgTree(units).map(({ unit, depth }) => (
        <option key={unit.id} value={unit.id}>
          {'\u00a0\u00a0'.repeat(depth)}
          {unit.name}
        </option>
      ))}
    </select>
  );
}
