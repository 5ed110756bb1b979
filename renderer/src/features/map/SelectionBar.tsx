import type { GraphNode } from '@shared/domain/graph';
import { useUi } from '../../store/ui';
import { useGoalsViewOnlyOf } from '../../sync/useViewOnly';
import { nodeSelection } from './mapState';
import { unalign } from './useMapHandlers';
import type { MapData } from './useAlignmentGraph';

export interface Props {
  data: MapData;
  onAlign: (objectiveId: string) => void;
}

/** Actions on the node or link selected on the map, for mouse and keyboard alike. */
export function SelectionBar({ data, onAlign }: Props) {
  const selectedId = useUi((s) => s.selection?.id ?? null);
  const edgeId = useUi((s) => s.mapSelectedEdgeId);
  const edge = edgeId
    ? data.graph.edges.find((e) => e.id === edgeId && e.kind === 'alignment')
    : undefined;
  const node: GraphNode | undefined = edge
    ? data.graph.nodes.find((n) => n.id === edge.source)
    : selectedId
      ? data.graph.nodes.find((n) => n.id === selectedId)
      : undefined;
  const objective = node ? data.objectives.get(node.objectiveId) : undefined;
  // Aligning changes the objective: view only when its owner's goals are.
  const viewOnly = useGoalsViewOnlyOf(objective && !objective.private ? objective.ownerId : null);
  if (!node)
    return (
      <p className="map-selection muted small">
        Select a node or link to act on it; drag a node’s top handle onto a parent to align it.
      </p>
    );
  const isObjective = node.kind === 'objective' && !!objective;
  return (
    <div className="map-selection" role="group" aria-label="Selected on the map">
      <span className="map-selection__what">
        {edge ? 'Link from' : node.kind === 'keyResult' ? 'Key result' : 'Objective'}:{' '}
        <strong>{node.title}</strong>
      </span>
      <button type="button" onClick={() => useUi.getState().select(nodeSelection(node))}>
        Open
      </button>
      {isObjective ? (
        <button
          type="button"
          disabled={!!viewOnly}
          title={viewOnly ?? undefined}
          onClick={() => onAlign(node.id)}
        >
          Align to…
        </button>
      ) : null}
      {isObjective && objective.alignedTo ? (
        <button
          type="button"
          disabled={!!viewOnly}
          title={viewOnly ?? undefined}
          onClick={() => unalign(data, node.id)}
        >
          Unalign
        </button>
      ) : null}
    </div>
  );
}
