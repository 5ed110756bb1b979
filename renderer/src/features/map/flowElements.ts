import { Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import type { AlignmentGraph, GraphEdge, GraphNode, UnitGroup } from '@shared/domain/graph';
import type { GraphLayout, PositionedNode } from '@shared/domain/graphLayout';
import { linkPath } from '@shared/domain/graphRoutes';
import { PLAN_BADGES } from '@shared/domain/graphSvgHeader';
import { formatPercent } from '@shared/domain/progress';
import { STATUS_LABELS } from '@shared/domain/status';

/** What a node component draws; `node` is the derived record, the rest is view state. */
export interface MapNodeData extends Record<string, unknown> {
  node: GraphNode;
  /** Nodes a collapse folds away below this one. */
  hidden: number;
  /** Children it has in the graph (shown or folded). */
  childCount: number;
  context: boolean;
}
export type MapFlowNode = Node<MapNodeData, 'objective' | 'keyResult'>;

/** An org unit on the map: an empty lane among the objectives, or a group below the zoom floor. */
export interface UnitNodeData extends Record<string, unknown> {
  unit: UnitGroup;
  /** Counts only: progress and status are still being read (units view). */
  pending?: boolean;
}
export type UnitFlowNode = Node<UnitNodeData, 'lane' | 'unit'>;
export type AnyMapNode = MapFlowNode | UnitFlowNode;

export const UP_HANDLE = 'up';
export const DOWN_HANDLE = 'down';
const HANDLE = 12;
const DROP_HANDLE_W = 56;

/** Handle boxes given up front (matching map.css) so React Flow draws edges and culls nodes
 *  without mounting every node once to measure it. */
export function handlesFor(p: PositionedNode, kind: GraphNode['kind']): NodeHandle[] {
  const up: NodeHandle = {
    id: UP_HANDLE,
    type: 'source',
    position: Position.Top,
    x: p.width / 2 - HANDLE / 2,
    y: -HANDLE / 2,
    width: HANDLE,
    height: HANDLE,
  };
  const down: NodeHandle = {
    id: DOWN_HANDLE,
    type: 'target',
    position: Position.Bottom,
    x: p.width / 2 - DROP_HANDLE_W / 2,
    y: p.height - HANDLE / 2,
    width: DROP_HANDLE_W,
    height: HANDLE,
  };
  return kind === 'objective' || kind === 'keyResult' ? [up, down] : [];
}

export function nodeLabel(n: GraphNode): string {
  const facts = [
    n.kind === 'keyResult'
      ? 'Key result'
      : `${n.ownerName}${n.ownerKind ? ` (${n.ownerKind})` : ''}`,
    formatPercent(n.progress),
    n.status ? STATUS_LABELS[n.status] : 'no key results',
    n.confidence != null ? `confidence ${n.confidence} of 10` : null,
    n.planState && PLAN_BADGES[n.planState] ? PLAN_BADGES[n.planState]!.toLowerCase() : null,
    n.orphan ? 'orphan: aligned to nothing' : null,
    n.broken ? 'broken link' : null,
  ].filter(Boolean);
  return `${n.title}. ${facts.join(', ')}`;
}

const sameNode = (a: GraphNode, b: GraphNode): boolean => {
  for (const k of Object.keys(a) as (keyof GraphNode)[]) if (a[k] !== b[k]) return false;
  return true;
};

/**
 * React Flow nodes for the laid-out graph. Unchanged nodes keep their identity from `cache`, so
 * a write that touches one objective re-renders one node, not the map.
 */
export function toFlowNodes(
  graph: AlignmentGraph,
  layout: GraphLayout,
  childCount: ReadonlyMap<string, number>,
  cache: Map<string, MapFlowNode>,
): MapFlowNode[] {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const out: MapFlowNode[] = [];
  const next = new Map<string, MapFlowNode>();
  for (const p of layout.nodes) {
    const n = byId.get(p.id);
    if (!n) continue;
    const prev = cache.get(p.id);
    const kids = childCount.get(p.id) ?? 0;
    if (
      prev &&
      prev.position.x === p.x &&
      prev.position.y === p.y &&
      prev.data.hidden === p.hidden &&
      prev.data.context === p.context &&
      prev.data.childCount === kids &&
      sameNode(prev.data.node, n)
    ) {
      out.push(prev);
      next.set(p.id, prev);
      continue;
    }
    const fresh: MapFlowNode = {
      id: p.id,
      type: n.kind,
      position: { x: p.x, y: p.y },
      width: p.width,
      height: p.height,
      measured: { width: p.width, height: p.height },
      handles: handlesFor(p, n.kind),
      data: { node: n, hidden: p.hidden, childCount: kids, context: p.context },
      ariaLabel: nodeLabel(n),
      draggable: false,
      deletable: false,
      connectable: true,
      className: p.context ? 'is-context' : undefined,
    };
    out.push(fresh);
    next.set(p.id, fresh);
  }
  cache.clear();
  for (const [k, v] of next) cache.set(k, v);
  return out;
}

export interface MapEdgeData extends Record<string, unknown> {
  edge: GraphEdge;
  /** The routed path (graphRoutes.ts), the same as in exports. */
  path: string;
}

/** Edges between shown nodes; only alignment edges can be selected and deleted (unalign). */
export function toFlowEdges(
  graph: AlignmentGraph,
  layout: GraphLayout,
  titles: ReadonlyMap<string, string>,
): Edge<MapEdgeData>[] {
  const out: Edge<MapEdgeData>[] = [];
  const pos = new Map(layout.nodes.map((p) => [p.id, p]));
  for (const e of graph.edges) {
    const from = pos.get(e.source);
    const to = pos.get(e.target);
    if (!from || !to) continue;
    const alignment = e.kind === 'alignment';
    out.push({
      id: e.id,
      type: 'routed',
      source: e.source,
      target: e.target,
      sourceHandle: UP_HANDLE,
      targetHandle: DOWN_HANDLE,
      className: `map-edge map-edge--${e.kind}`,
      selectable: alignment,
      deletable: alignment,
      focusable: alignment,
      data: { edge: e, path: linkPath(from, to, layout, e.kind) },
      ariaLabel:
        e.kind === 'keyResult'
          ? `${titles.get(e.source) ?? ''} is a key result of ${titles.get(e.target) ?? ''}`
          : `${titles.get(e.source) ?? ''} ${e.kind === 'loop' ? 'loops back to' : 'aligns to'} ${titles.get(e.target) ?? ''}${e.viaKeyResultId ? ` (key result: ${titles.get(e.viaKeyResultId) ?? ''})` : ''}`,
    });
  }
  return out;
}
