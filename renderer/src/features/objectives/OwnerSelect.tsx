import { flattenOrgTree } from '@shared/domain/org';
import { useOrgUnits } from '../../db/queries';

export interface Props {
  value: string;
  onChange: (id: string) => void;
  inputProps: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string };
}

/** Any unit of the org tree can own an objective: the company, a department, a team, a person. */
export function OwnerSelect({ value, onChange, inputProps }: Props) {
  const rows = flattenOrgTree(useOrgUnits() ?? []);
  return (
    <select {...inputProps} value={value} onChange={(e) => onChange(e.target.value)}>
      {rows.map(({ unit, depth }) => (
        <option key={unit.id} value={unit.id}>
          {'\u00a0\u00a0'.repeat(depth)}
          {unit.name} ({unit.kind})
        </option>
      ))}
    </select>
  );
}
