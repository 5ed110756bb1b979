import type { ReactFlowProps } from '@xyflow/react';
import { MAX_ZOOM } from './navigation';
import { edgeTypes, nodeTypes } from './nodeTypes';

/** Culling pays off only on big maps; small ones render whole and pan without remounting. */
const CULL_ABOVE = 150;

/**
 * What both canvases of the map (objectives and units) ask of React Flow alike, so the two
 * views zoom, cull and colour the same: the map's node and edge types, nodes where the layout
 * put them (aligning is by drawing a connection, never by moving a node), no edge reconnected by
 * hand, and no zoom on double-click.
 */
export const flowProps = (nodeCount: number) =>
  ({
    nodeTypes,
    edgeTypes,
    maxZoom: MAX_ZOOM,
    onlyRenderVisibleElements: nodeCount > CULL_ABOVE,
    nodesDraggable: false,
    edgesReconnectable: false,
    colorMode: 'system',
    zoomOnDoubleClick: false,
  }) satisfies Partial<ReactFlowProps>;
