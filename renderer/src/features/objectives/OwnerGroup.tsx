import { memo } from 'react';
import type { OrgUnit } from '../../../../shared/domain/model';
import { ObjectiveCard } from './ObjectiveCard';
import type { ObjectiveRow } from './useObjectiveRows';

export interface Props {
  unit: OrgUnit;
  rows: ObjectiveRow[];
  selectedId: string | null;
  onOpen: (id: string) => void;
  onMove: (id: string, toIndex: number) => void;
}

/** One owner's objectives in priority order, as a labelled region. */
export const OwnerGroup = memo(function OwnerGroup({
  unit,
  rows,
  selectedId,
  onOpen,
  onMove,
}: Props) {
  return (
    <section className="owner-group" aria-label={`Objectives of ${unit.name}`}>
      <h2>
        {unit.name} <span className="muted small">{unit.kind}</span>
      </h2>
      <ol className="objective-list">
        {rows.map((row, i) => (
          <ObjectiveCard
            key={row.objective.id}
            row={row}
            index={i}
            count={rows.length}
            selected={row.objective.id === selectedId}
            onOpen={onOpen}
            onMove={onMove}
          />
        ))}
      </ol>
    </section>
  );
});
