import { useState } from 'react';

export interface FilterOption {
  value: string;
  label: string;
}

export interface Props {
  label: string;
  /** The chosen option's value; '' for the first option. */
  value: string;
  /** The option that means "no filter" ("Everyone", "Any owner"). */
  anyLabel: string;
  options: readonly FilterOption[];
  onChange: (value: string) => void;
}

/**
 * Above this many options a filter holds only "any" and the chosen one until it is first
 * focused or pressed. A big org's two pickers hold ~4,000 options: laying them out cost
 * ~150–380 ms of opening a 2,000-objective map (profiled; docs/architecture.md, the map).
 */
export const LAZY_ABOVE = 200;

/** One of the map's filters: a labelled native select, its long lists built when wanted. */
export function FilterSelect({ label, value, anyLabel, options, onChange }: Props) {
  const [wanted, setWanted] = useState(false);
  const shown =
    wanted || options.length <= LAZY_ABOVE ? options : options.filter((o) => o.value === value);
  const want = () => setWanted(true);
  return (
    <label>
      <span>{label}</span>
      <select
        value={value}
        onFocus={want}
        onPointerDown={want}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{anyLabel}</option>
        {shown.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
