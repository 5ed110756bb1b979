import type { Alignment } from '@shared/domain/model';
import { useKeyResults, useObjectives } from '../../db/queries';

export interface Props {
  cycleId: string;
  excludeObjectiveId?: string;
  value: Alignment | null;
  onChange: (v: Alignment | null) => void;
  inputProps: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string };
}

/** Picks the objective or key result (of the same cycle) this objective contributes to. */
export function AlignmentSelect({
  cycleId,
  excludeObjectiveId,
  value,
  onChange,
  inputProps,
}: Props) {
  const objectives = useObjectives(cycleId) ?? [];
  const keyResults = useKeyResults(cycleId) ?? [];
  const encoded = value ? `${value.kind}:${value.id}` : '';
  return (
    <select
      {...inputProps}
      value={encoded}
      onChange={(e) => {
        const [kind, id] = e.target.value.split(':');
        onChange(kind && id ? { kind: kind as Alignment['kind'], id } : null);
      }}
    >
      <option value="">Not aligned</option>
      {objectives
        .filter((o) => o.id !== excludeObjectiveId)
        .map((o) => (
          <optgroup key={o.id} label={o.title}>
            <option value={`objective:${o.id}`}>Objective: {o.title}</option>
            {keyResults
              .filter((k) => k.objectiveId === o.id)
              .map((k) => (
                <option key={k.id} value={`keyResult:${k.id}`}>
                  Key result: {k.title}
                </option>
              ))}
          </optgroup>
        ))}
    </select>
  );
}
