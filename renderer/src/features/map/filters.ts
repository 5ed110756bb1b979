import type { AlignmentGraph } from '@shared/domain/graph';
import type { OrgUnit } from '@shared/domain/model';
import { subtreeIds } from '@shared/domain/org';
import type { StatusFilter } from './mapState';

export interface MapFilters {
  orgUnitId: string | null;
  ownerId: string | null;
  status: StatusFilter;
}

/** Nodes matching the filters (null: no filter, show all). Key results follow their objective. */
export function matchingNodes(
  graph: AlignmentGraph,
  units: readonly OrgUnit[],
  f: MapFilters,
): Set<string> | null {
  if (!f.orgUnitId && !f.ownerId && !f.status) return null;
  const scope = f.orgUnitId ? subtreeIds(units, f.orgUnitId) : null;
  const objectives = new Set<string>();
  for (const n of graph.nodes) {
    if (n.kind !== 'objective') continue;
    if (scope && !scope.has(n.ownerId)) continue;
    if (f.ownerId && n.ownerId !== f.ownerId) continue;
    if (f.status && (n.status ?? 'none') !== f.status) continue;
    objectives.add(n.id);
  }
  const out = new Set<string>();
  for (const n of graph.nodes) if (objectives.has(n.objectiveId)) out.add(n.id);
  return out;
}
