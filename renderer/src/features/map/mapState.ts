import type { GraphNode } from '@shared/domain/graph';
import { useUi } from '../../store/ui';

/**
 * The Map view's helpers over its slice of the UI store (store/mapSlice.ts). A node selected on
 * the map is the app's one selection: the same objective is selected in every view.
 */

export type { StatusFilter } from '../../store/mapSlice';

/** The selection a map node stands for: its objective, or a key result with its objective. */
export const nodeSelection = (n: Pick<GraphNode, 'id' | 'kind' | 'objectiveId'>) =>
  n.kind === 'objective'
    ? ({ kind: 'objective', id: n.id } as const)
    : ({ kind: 'keyResult', id: n.id, objectiveId: n.objectiveId } as const);

/** Brings a node into view and focuses it, unfolding any collapsed node above it first. */
export function focusNode(parentOf: ReadonlyMap<string, string | null>, id: string): void {
  const ancestors: string[] = [];
  let cur = parentOf.get(id) ?? null;
  while (cur && !ancestors.includes(cur)) {
    ancestors.push(cur);
    cur = parentOf.get(cur) ?? null;
  }
  useUi.getState().expandMap(ancestors);
  useUi.getState().requestMapFocus(id);
}

/** Above this many objectives and key results, key results start folded. */
export const AUTO_FOLD_ABOVE = 20;

/** Opens an org unit from the units view: the map filters to it and shows its objectives. */
export function openUnit(id: string): void {
  useUi.getState().setOrgUnit(id);
  useUi.getState().setMapUnitsView(false);
}
