import { flattenOrgTree } from '../../../../shared/domain/org';
import { useOrgUnits } from '../../db/queries';
import { useUi } from '../../store/ui';

/** The scope of the review: everyone, a department's subtree, one person (the sidebar's unit). */
export function ScopeSelect() {
  const units = useOrgUnits() ?? [];
  const orgUnitId = useUi((s) => s.orgUnitId);
  return (
    <label className="review-scope">
      <span>Scope</span>
      <select
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
    </label>
  );
}
