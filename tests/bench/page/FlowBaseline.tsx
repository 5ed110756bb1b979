import { ReactFlow, type Edge, type Node, type Viewport } from '@xyflow/react';
import '@xyflow/react/dist/style.css';

export interface Props {
  nodes: Node[];
  edges: Edge[];
  viewport: Viewport;
  minZoom: number;
  maxZoom: number;
}

/** The graph baseline: React Flow with default nodes, nothing of Cairn's node components. */
export function FlowBaseline({ nodes, edges, viewport, minZoom, maxZoom }: Props) {
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      defaultViewport={viewport}
      minZoom={minZoom}
      maxZoom={maxZoom}
      onlyRenderVisibleElements
      nodesDraggable={false}
    />
  );
}
