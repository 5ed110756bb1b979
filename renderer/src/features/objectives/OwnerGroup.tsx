import { memo, useEffect } from 'react';
import type { Cycle, Objective, OrgUnit } from '@shared/domain/model';
import { endOpening } from '../../db/openingReads';
import { useOwnerObjectives } from '../../db/ownerQueries';
import { useGoalsViewOnly } from '../../sync/useViewOnly';
import { ObjectiveCard } from './ObjectiveCard';
import { useObjectiveRows } from './useObjectiveRows';

export interface Props {
  unit: OrgUnit;
  /** How many objectives the owner has in the cycle, to hold their place while they load. */
  count: number;
  cycle: Cycle;
  today: Date;
  staleDays: number;
  selectedId: string | null;
  onOpen: (id: string) => void;
  onMove: (id: string, toIndex: number) => void;
}

const NONE: readonly Objective[] = [];

/** One owner's objectives in priority order, as a labelled region; reads its own objectives and key results. */
export const OwnerGroup = memo(function OwnerGroup({
  unit,
  count,
  cycle,
  today,
  staleDays,
  selectedId,
  onOpen,
  onMove,
}: Props) {
  const objectives = useOwnerObjectives(cycle.id, unit.id);
  const loaded = useObjectiveRows(objectives ?? NONE, cycle, today, staleDays);
  const rows = objectives ? loaded : undefined;
  // One answer for the group: the owner decides who edits (private objectives excepted).
  const viewOnly = useGoalsViewOnly(unit);
  // A group has its rows: the window has opened, and the org is read live again after it.
  useEffect(() => {
    if (rows) endOpening();
  }, [rows]);
  // The owner's last objective was just deleted or moved: its rows may hear of it a moment
  // before the owner list does.
  if (objectives && objectives.length === 0) return null;
  return (
    <section
      className="owner-group"
      aria-label={`Objectives of ${unit.name}`}
      aria-busy={rows ? undefined : true}
    >
      <h2>
        {unit.name} <span className="muted small">{unit.kind}</span>
        {viewOnly ? (
          <span className="badge badge--view-only" title={viewOnly}>
            View only
          </span>
        ) : null}
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
                viewOnly={row.objective.private ? null : viewOnly}
              />
            ))
          : objectives
            ? objectives.map((o) => (
                // Titles first; progress follows in a moment, when the key results are read.
                <li key={o.id} className="objective-card objective-card--loading">
                  <span className="objective-card__title">{o.title}</span>
                </li>
              ))
            : Array.from({ length: count }, (_, i) => (
                <li key={i} className="objective-card objective-card--loading" aria-hidden />
              ))}
      </ol>
    </section>
  );
});
