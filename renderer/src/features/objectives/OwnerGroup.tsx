import { memo } from 'react';
import type { Cycle, Objective, OrgUnit } from '@shared/domain/model';
import { ObjectiveCard } from './ObjectiveCard';
import { useObjectiveRows } from './useObjectiveRows';

export interface Props {
  unit: OrgUnit;
  objectives: readonly Objective[];
  cycle: Cycle;
  today: Date;
  staleDays: number;
  selectedId: string | null;
  onOpen: (id: string) => void;
  onMove: (id: string, toIndex: number) => void;
}

/** One owner's objectives in priority order, as a labelled region; reads its own key results. */
export const OwnerGroup = memo(function OwnerGroup({
  unit,
  objectives,
  cycle,
  today,
  staleDays,
  selectedId,
  onOpen,
  onMove,
}: Props) {
  const rows = useObjectiveRows(objectives, cycle, today, staleDays);
  return (
    <section
      className="owner-group"
      aria-label={`Objectives of ${unit.name}`}
      aria-busy={rows ? undefined : true}
    >
      <h2>
        {unit.name} <span className="muted small">{unit.kind}</span>
      </h2>
      <ol className="objective-list">
        {rows
          ? rows.map((row, i) => (
              <ObjectiveCard
                key={row.objective.id}
                row={row}
                cycle={cycle}
                index={i}
                count={rows.length}
                selected={row.objective.id === selectedId}
                onOpen={onOpen}
                onMove={onMove}
              />
            ))
          : objectives.map((o) => (
              // Titles first; progress follows in a moment, when the key results are read.
              <li key={o.id} className="objective-card objective-card--loading">
                <span className="objective-card__title">{o.title}</span>
              </li>
            ))}
      </ol>
    </section>
  );
});
