import { useCallback, useMemo, useRef } from 'react';
import type { Connection, Edge, EdgeChange, NodeChange, OnConnectEnd } from '@xyflow/react';
import type { Alignment } from '@shared/domain/model';
import { useUi } from '../../store/ui';
import { reportError } from '../../ui/errors';
import { alignWithUndo } from './alignWithUndo';
import type { AnyMapNode, MapEdgeData, MapFlowNode } from './flowElements';
import { nodeSelection, openUnit } from './mapState';
import type { MapData } from './useAlignmentGraph';

/** Aligns `childId` under the node `parentId` (objective or key result) as one undoable write. */
export function alignUnder(data: MapData, childId: string, parentId: string): void {
  const child = data.objectives.get(childId);
  const parent = data.graph.nodes.find((n) => n.id === parentId);
  if (!child || !parent || childId === parentId) return;
  const target: Alignment =
    parent.kind === 'keyResult'
      ? { kind: 'keyResult', id: parent.id }
      : { kind: 'objective', id: parent.id };
  alignWithUndo(child, target, parent.title).catch(reportError);
}

export function unalign(data: MapData, childId: string): void {
  const child = data.objectives.get(childId);
  if (child?.alignedTo) alignWithUndo(child, null, null).catch(reportError);
}

/** React Flow's callbacks for the map: selection, aligning by drag, unaligning by delete. */
export function useMapHandlers(data: MapData) {
  const ref = useRef(data);
  ref.current = data;

  const onNodesChange = useCallback((changes: NodeChange<AnyMapNode>[]) => {
    for (const c of changes) {
      if (c.type !== 'select') continue;
      const ui = useUi.getState();
      if (c.selected) {
        const n = ref.current.graph.nodes.find((x) => x.id === c.id);
        if (n) ui.pick(nodeSelection(n));
        // What the open pane shows stays selected when the map's own selection is cleared.
      } else if (ui.selection?.id === c.id && !ui.detailOpen) ui.pick(null);
    }
  }, []);
  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    for (const c of changes) {
      if (c.type !== 'select') continue;
      const ui = useUi.getState();
      if (c.selected) ui.selectMapEdge(c.id);
      else if (ui.mapSelectedEdgeId === c.id) ui.selectMapEdge(null);
    }
  }, []);
  const onConnect = useCallback((c: Connection) => alignUnder(ref.current, c.source, c.target), []);
  // Dropping on a node's body (not exactly on its handle) aligns too: the target is large.
  const onConnectEnd: OnConnectEnd = useCallback((event, state) => {
    if (state.isValid || !state.fromNode || !state.fromHandle) return;
    const pt = 'changedTouches' in event ? event.changedTouches[0] : event;
    if (!pt) return;
    const el = document.elementFromPoint(pt.clientX, pt.clientY)?.closest('.react-flow__node');
    const over = el?.getAttribute('data-id');
    if (!over || over === state.fromNode.id) return;
    if (state.fromHandle.type === 'source') alignUnder(ref.current, state.fromNode.id, over);
    else alignUnder(ref.current, over, state.fromNode.id);
  }, []);
  const onEdgesDelete = useCallback((edges: Edge[]) => {
    for (const e of edges)
      if ((e.data as MapEdgeData | undefined)?.edge.kind === 'alignment')
        unalign(ref.current, e.source);
    useUi.getState().selectMapEdge(null);
  }, []);
  const onNodeClick = useCallback((_: unknown, node: AnyMapNode) => {
    if (node.type === 'unit') return openUnit(node.id);
    if (node.type === 'lane') return;
    useUi.getState().select(nodeSelection((node as MapFlowNode).data.node));
  }, []);
  const isValidConnection = useCallback(
    (c: Connection | Edge) => c.source !== c.target && ref.current.objectives.has(c.source),
    [],
  );

  return useMemo(
    () => ({
      onNodesChange,
      onEdgesChange,
      onConnect,
      onConnectEnd,
      onEdgesDelete,
      onNodeClick,
      isValidConnection,
    }),
    [
      onNodesChange,
      onEdgesChange,
      onConnect,
      onConnectEnd,
      onEdgesDelete,
      onNodeClick,
      isValidConnection,
    ],
  );
}
