import { useMemo, useRef } from 'react';
import type { Edge } from '@xyflow/react';
import type { GraphLayout } from '@shared/domain/graphLayout';
import { toFlowEdges, toFlowNodes, type MapEdgeData, type MapFlowNode } from './flowElements';
import { useUi } from '../../store/ui';
import type { MapData } from './useAlignmentGraph';

export interface FlowElements {
  nodes: MapFlowNode[];
  edges: Edge<MapEdgeData>[];
  /** Tree parent of every node of the graph, for navigation and unfolding. */
  parentOf: Map<string, string | null>;
  titles: Map<string, string>;
}

/** The graph and its layout as React Flow nodes and edges, with the map's selection applied. */
export function useFlowElements(data: MapData, layout: GraphLayout): FlowElements {
  const cache = useRef(new Map<string, MapFlowNode>()).current;
  const selectedId = useUi((s) => s.selection?.id ?? null);
  const selectedEdgeId = useUi((s) => s.mapSelectedEdgeId);
  const { graph, keyResults, objectives } = data;

  const { parentOf, childCount, titles } = useMemo(() => {
    const parentOf = new Map<string, string | null>();
    const childCount = new Map<string, number>();
    const titles = new Map<string, string>();
    for (const o of objectives.values()) titles.set(o.id, o.title);
    for (const k of keyResults) titles.set(k.id, k.title);
    for (const n of graph.nodes) {
      parentOf.set(n.id, n.parentId);
      if (n.parentId) childCount.set(n.parentId, (childCount.get(n.parentId) ?? 0) + 1);
    }
    return { parentOf, childCount, titles };
  }, [graph, keyResults, objectives]);

  const baseNodes = useMemo(
    () => toFlowNodes(graph, layout, childCount, cache),
    [graph, layout, childCount, cache],
  );
  const baseEdges = useMemo(() => toFlowEdges(graph, layout, titles), [graph, layout, titles]);

  const nodes = useMemo(
    () =>
      selectedId
        ? baseNodes.map((n) => (n.id === selectedId ? { ...n, selected: true } : n))
        : baseNodes,
    [baseNodes, selectedId],
  );
  const edges = useMemo(
    () =>
      selectedEdgeId
        ? baseEdges.map((e) => (e.id === selectedEdgeId ? { ...e, selected: true } : e))
        : baseEdges,
    [baseEdges, selectedEdgeId],
  );
  return { nodes, edges, parentOf, titles };
}
