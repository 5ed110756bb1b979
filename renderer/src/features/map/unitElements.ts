import type { Edge } from '@xyflow/react';
import { laneId, type UnitGroup } from '@shared/domain/graph';
import type { GraphLayout } from '@shared/domain/graphLayout';
import { linkPath } from '@shared/domain/graphRoutes';
import { formatPercent } from '@shared/domain/progress';
import { STATUS_LABELS } from '@shared/domain/status';
import { DOWN_HANDLE, handlesFor, UP_HANDLE, type UnitFlowNode } from './flowElements';

/** React Flow nodes for org units: empty lanes among objectives, and groups below the zoom floor. */

/** Empty lanes where the layout placed them. */
export function toLaneNodes(lanes: readonly UnitGroup[], layout: GraphLayout): UnitFlowNode[] {
  const pos = new Map(layout.nodes.map((p) => [p.id, p]));
  return lanes.flatMap((unit) => {
    const p = pos.get(laneId(unit.id));
    if (!p) return [];
    return [
      {
        id: p.id,
        type: 'lane' as const,
        position: { x: p.x, y: p.y },
        width: p.width,
        height: p.height,
        measured: { width: p.width, height: p.height },
        data: { unit },
        ariaLabel: `${unit.name} (${unit.kind}): no objectives yet`,
        draggable: false,
        deletable: false,
        connectable: false,
        selectable: false,
        // Nothing to act on, so not a Tab stop; still a named group for screen readers.
        focusable: false,
        ariaRole: 'group' as const,
      },
    ];
  });
}

export function unitLabel(u: UnitGroup, pending = false): string {
  const count = `${u.objectiveCount} ${u.objectiveCount === 1 ? 'objective' : 'objectives'}`;
  const facts = !u.objectiveCount
    ? ['no objectives yet']
    : pending
      ? [count, 'progress still being read']
      : [count, formatPercent(u.progress), u.status ? STATUS_LABELS[u.status] : 'no key results'];
  return `${u.name} (${u.kind}): ${facts.join(', ')}. Enter to open`;
}

/**
 * Org units as groups (below the zoom floor), with the links of the org tree between them.
 * `pending`: only their counts are known yet, progress and status are still being read.
 */
export function toUnitElements(
  groups: readonly UnitGroup[],
  layout: GraphLayout,
  pending = false,
): { nodes: UnitFlowNode[]; edges: Edge[] } {
  const pos = new Map(layout.nodes.map((p) => [p.id, p]));
  const nodes: UnitFlowNode[] = [];
  const edges: Edge[] = [];
  for (const unit of groups) {
    const p = pos.get(unit.id);
    if (!p) continue;
    nodes.push({
      id: unit.id,
      type: 'unit',
      position: { x: p.x, y: p.y },
      width: p.width,
      height: p.height,
      measured: { width: p.width, height: p.height },
      handles: handlesFor(p, 'objective'),
      data: { unit, pending },
      ariaLabel: unitLabel(unit, pending),
      draggable: false,
      deletable: false,
      connectable: false,
    });
    const parent = unit.parentId ? pos.get(unit.parentId) : undefined;
    if (parent)
      edges.push({
        id: `${unit.id}->${parent.id}`,
        type: 'routed',
        source: unit.id,
        target: parent.id,
        sourceHandle: UP_HANDLE,
        targetHandle: DOWN_HANDLE,
        className: 'map-edge map-edge--unit',
        selectable: false,
        focusable: false,
        deletable: false,
        data: { path: linkPath(p, parent, layout) },
      });
  }
  return { nodes, edges };
}
