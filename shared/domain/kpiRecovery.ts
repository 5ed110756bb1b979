import type { Cycle } from './model';
import type { Kpi } from './kpiModel';

/**
 * A critical KPI is answered by a recovery objective: an objective of the KPI's unit, in the
 * cycle being worked on, linked to the KPI (`Objective.kpiIds`) so the map and the review say
 * what it was meant to move.
 */

/** The title the recovery objective starts with; the person can reword it. */
export const recoveryObjectiveTitle = (kpi: Pick<Kpi, 'name'>): string =>
  `Bring ${kpi.name} back to healthy`;

/**
 * The cycle a recovery objective goes into: the active one that holds today (else the latest
 * active one), else the earliest cycle in planning. Null when no cycle is open for work.
 */
export function recoveryCycle(cycles: readonly Cycle[], today: string): Cycle | null {
  const live = cycles.filter((c) => !c.deletedAt);
  const active = live
    .filter((c) => c.state === 'active')
    .sort((a, b) => b.start.localeCompare(a.start));
  const holdingToday = active.find((c) => c.start <= today && today <= c.end);
  if (holdingToday ?? active[0]) return (holdingToday ?? active[0])!;
  const planning = live
    .filter((c) => c.state === 'planning')
    .sort((a, b) => a.start.localeCompare(b.start));
  return planning[0] ?? null;
}
