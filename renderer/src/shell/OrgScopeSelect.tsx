import { useMemo, useState } from 'react';
import { flattenOrgTree, orgDepth } from '@shared/domain/org';
import { useOrgUnits } from '../db/queries';
import { useUi } from '../store/ui';
import { TreeOption } from '../ui/TreeOption';
import { TreeSelect } from '../ui/TreeSelect';

export interface Props {
  id?: string;
}

/**
 * The org scope every view follows (everyone, or a unit and what is below it). One store
 * value, so choosing it in the sidebar or in a view's own picker is the same choice.
 *
 * A large company has thousands of units: until the picker is first focused or pressed it
 * holds only "Everyone" and the chosen unit, so opening the app does not build thousands of
 * options nobody has looked at yet.
 */
export function OrgScopeSelect({ id }: Props) {
  const units = useOrgUnits();
  const orgUnitId = useUi((s) => s.orgUnitId);
  const [wanted, setWanted] = useState(false);
  const options = useMemo(() => {
    if (wanted) return flattenOrgTree(units ?? []);
    // Closed: only the chosen unit, at its depth — no sort of the whole org at start-up.
    const unit = units?.find((u) => u.id === orgUnitId);
    return unit ? [{ unit, depth: orgDepth(units!, unit.id) }] : [];
  }, [units, wanted, orgUnitId]);
  const want = () => setWanted(true);
  return (
    <TreeSelect
      id={id}
      value={orgUnitId ?? ''}
      onFocus={want}
      onPointerDown={want}
      onChange={(e) => useUi.getState().setOrgUnit(e.target.value || null)}
    >
      <option value="">Everyone</option>
      {options.map(({ unit, depth }) => (
        <TreeOption key={unit.id} value={unit.id} depth={depth}>
          {unit.name}
        </TreeOption>
      ))}
    </TreeSelect>
  );
}
