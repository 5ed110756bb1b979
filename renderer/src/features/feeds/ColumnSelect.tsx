export interface Props {
  label: string;
  value: string;
  columns: readonly string[];
  onChange: (column: string) => void;
  /** What the empty choice reads; absent: no empty choice unless the value is not a column. */
  none?: string;
}

/**
 * A column of the file. A value the file no longer has (a renamed column) stays listed, so
 * the person sees what the link read before choosing another.
 */
export function ColumnSelect({ label, value, columns, onChange, none }: Props) {
  const stray = value !== '' && !columns.includes(value);
  return (
    <label className="field">
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {none !== undefined ? <option value="">{none}</option> : null}
        {stray || (value === '' && none === undefined) ? (
          <option value={value}>{value || '—'}</option>
        ) : null}
        {columns.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </label>
  );
}
