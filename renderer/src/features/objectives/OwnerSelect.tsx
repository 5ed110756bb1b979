import { flattenOrgTree } from '@shared/domain/org';
import { mayWriteUnitGoals } from '@shared/sync/editRights';
import { useOrgUnits } from '../../db/queries';
import { useWriteCheck } from '../../sync/useCanEdit';
import { TreeOption } from '../../ui/TreeOption';
import { TreeSelect } from '../../ui/TreeSelect';

export interface Props {
  value: string;
  onChange: (id: string) => void;
  inputProps: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string };
}

/**
 * Any unit of the org tree can own an objective: the company, a department, a team, a person.
 * In a team workspace, only the owners whose goals this member may write are offered (and the
 * current one, so the field never misstates it).
 */
export function OwnerSelect({ value, onChange, inputProps }: Props) {
  const check = useWriteCheck();
  const rows = flattenOrgTree(useOrgUnits() ?? []).filter(
    ({ unit }) => unit.id === value || mayWriteUnitGoals(unit.id, check),
  );
  return (
    <TreeSelect {...inputProps} value={value} onChange={(e) => onChange(e.target.value)}>
      {rows.map(({ unit, depth }) => (
        <TreeOption key={unit.id} value={unit.id} depth={depth}>
          {unit.name} ({unit.kind})
        </TreeOption>
      ))}
    </TreeSelect>
  );
}
