import { useState } from 'react';
import { TreeOption } from '../../ui/TreeOption';
import { TreeSelect } from '../../ui/TreeSelect';

export interface FilterOption {
  value: string;
  label: string;
  /** Depth in the org tree, for a `tree` filter. */
  depth?: number;
}

export interface Props {
  label: string;
  /** The chosen option's value; '' for the first option. */
  value: string;
  /** The option that means "no filter" ("Everyone", "Any owner"). */
  anyLabel: string;
  options: readonly FilterOption[];
  /** Options are org units in tree order: indented in the open list, plain when chosen. */
  tree?: boolean;
  onChange: (value: string) => void;
}

/**
 * Above this many options a filter holds only "any" and the chosen one until it is first
 * focused or pressed. A big org's two pickers hold ~4,000 options: laying them out cost
 * ~150–380 ms of opening a 2,000-objective map (profiled; docs/architecture.md, the map).
 */
export const LAZY_ABOVE = 200;

/** One of the map's filters: a labelled native select, its long lists built when wanted. */
export function FilterSelect({ label, value, anyLabel, options, tree, onChange }: Props) {
  const [wanted, setWanted] = useState(false);
  const shown =
    wanted || options.length <= LAZY_ABOVE ? options : options.filter((o) => o.value === value);
  const want = () => setWanted(true);
  const Select = tree ? TreeSelect : 'select';
  return (
    <label>
      <span>{label}</span>
      <Select
        value={value}
        onFocus={want}
        onPointerDown={want}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{anyLabel}</option>
        {shown.map((o) =>
          tree ? (
            <TreeOption key={o.value} value={o.value} depth={o.depth ?? 0}>
              {o.label}
            </TreeOption>
          ) : (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ),
        )}
      </Select>
    </label>
  );
}
