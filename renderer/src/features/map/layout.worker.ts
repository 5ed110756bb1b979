import {
  layoutAlignmentGraph,
  type GraphLayout,
  type LayoutNodeInput,
} from '@shared/domain/graphLayout';

/** Lays out very large graphs off the main thread, so the window never freezes. */

export interface LayoutRequest {
  seq: number;
  nodes: LayoutNodeInput[];
  collapsed: string[];
  include: string[] | null;
}
export interface LayoutResponse {
  seq: number;
  layout: GraphLayout;
  ms: number;
}

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutResponse): void;
};

scope.onmessage = (e) => {
  const { seq, nodes, collapsed, include } = e.data;
  const t0 = performance.now();
  const layout = layoutAlignmentGraph(nodes, {
    collapsed: new Set(collapsed),
    include: include ? new Set(include) : null,
  });
  scope.postMessage({ seq, layout, ms: performance.now() - t0 });
};
