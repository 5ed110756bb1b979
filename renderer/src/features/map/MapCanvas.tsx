import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import {
  Background,
  ConnectionMode,
  Controls,
  ReactFlow,
  useReactFlow,
  type Viewport,
} from '@xyflow/react';
import type { GraphLayout } from '../../../../shared/domain/graphLayout';
import { useUi } from '../../store/ui';
import { exportPng, exportSvg } from './exportMap';
import { setMapController } from './mapController';
import { focusNode, useMapUi } from './mapState';
import { initialViewport, MAX_ZOOM, MIN_ZOOM, nextNodeId } from './navigation';
import { MapOverview } from './MapOverview';
import { nodeTypes } from './nodeTypes';
import type { MapData } from './useAlignmentGraph';
import { useFlowElements } from './useFlowElements';
import { useMapHandlers } from './useMapHandlers';

export interface Props {
  data: MapData;
  layout: GraphLayout;
  /** A newer layout is on its way (worker): wait before re-framing. */
  layoutPending: boolean;
  cycleName: string;
  /** Changes when what is shown changes (filters, key results): the view re-frames then. */
  frameKey: string;
}

/** Culling pays off only on big maps; small ones render whole and pan without remounting. */
const CULL_ABOVE = 150;
const DELETE_KEYS = ['Delete', 'Backspace'];
const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

/** The React Flow canvas: draws the laid-out graph, aligns by drag, moves focus by keyboard. */
export function MapCanvas({ data, layout, layoutPending, cycleName, frameKey }: Props) {
  const rf = useReactFlow();
  const wrap = useRef<HTMLDivElement>(null);
  const [start, setStart] = useState<Viewport | null>(null);
  const { nodes, edges, parentOf } = useFlowElements(data, layout);
  const handlers = useMapHandlers(data);
  const focusRequest = useMapUi((s) => s.focusRequest);
  const latest = useRef({ data, layout });
  latest.current = { data, layout };

  // The first viewport is chosen before React Flow mounts, so it mounts only what it shows.
  useLayoutEffect(() => {
    const el = wrap.current;
    if (el && !start) setStart(initialViewport(layout, el.clientWidth, el.clientHeight));
  }, [layout, start]);

  const framed = useRef(frameKey);
  useEffect(() => {
    const el = wrap.current;
    if (!start || !el || layoutPending || framed.current === frameKey) return;
    framed.current = frameKey;
    void rf.setViewport(initialViewport(layout, el.clientWidth, el.clientHeight), {
      duration: 200,
    });
  }, [frameKey, layout, layoutPending, rf, start]);

  useEffect(() => {
    if (!start) return;
    setMapController({
      fit: () => void rf.fitView({ padding: 0.06, minZoom: MIN_ZOOM, maxZoom: 1, duration: 200 }),
      exportPng: () => exportPng(latest.current.data.graph, latest.current.layout, cycleName),
      exportSvg: () => exportSvg(latest.current.data.graph, latest.current.layout, cycleName),
    });
    return () => setMapController(null);
  }, [rf, cycleName, start]);

  useEffect(() => {
    if (!focusRequest) return;
    const p = layout.nodes.find((n) => n.id === focusRequest.id);
    if (!p) return; // shown after the next layout, once its ancestors unfold
    useMapUi.getState().requestFocus(null);
    useMapUi.getState().select(p.id);
    const el = wrap.current;
    const vp = rf.getViewport();
    const left = p.x * vp.zoom + vp.x;
    const top = p.y * vp.zoom + vp.y;
    const inView =
      el &&
      left >= 0 &&
      top >= 0 &&
      left + p.width * vp.zoom <= el.clientWidth &&
      top + p.height * vp.zoom <= el.clientHeight;
    if (!inView)
      void rf.setCenter(p.x + p.width / 2, p.y + p.height / 2, { zoom: Math.max(vp.zoom, 0.7) });
    let tries = 0;
    const tick = () => {
      const node = wrap.current?.querySelector<HTMLElement>(
        `.react-flow__node[data-id="${CSS.escape(p.id)}"]`,
      );
      if (node) node.focus({ preventScroll: true });
      else if (tries++ < 60) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, [focusRequest, layout, rf]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    if (!target.classList.contains('react-flow__node')) return;
    const id = target.getAttribute('data-id');
    if (!id) return;
    if (ARROWS.has(e.key)) {
      e.preventDefault();
      const next = nextNodeId(id, e.key as 'ArrowUp', parentOf, layout);
      if (next) focusNode(parentOf, next);
    } else if (e.key === 'Enter') {
      const n = data.graph.nodes.find((x) => x.id === id);
      if (n) useUi.getState().select({ kind: 'objective', id: n.objectiveId });
    }
  };

  return (
    <div
      className="map-canvas"
      ref={wrap}
      onKeyDown={onKeyDown}
      role="region"
      aria-label="Alignment map: Tab to a node, arrow keys to move, Enter to open"
    >
      {start ? (
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          {...handlers}
          defaultViewport={start}
          minZoom={MIN_ZOOM}
          maxZoom={MAX_ZOOM}
          onlyRenderVisibleElements={nodes.length > CULL_ABOVE}
          nodesDraggable={false}
          edgesReconnectable={false}
          connectionMode={ConnectionMode.Strict}
          connectionRadius={28}
          deleteKeyCode={DELETE_KEYS}
          colorMode="system"
          zoomOnDoubleClick={false}
        >
          <Background gap={24} size={1} />
          <Controls
            showInteractive={false}
            position="bottom-left"
            fitViewOptions={{ padding: 0.06, minZoom: MIN_ZOOM, maxZoom: 1 }}
          />
          <MapOverview nodes={nodes} />
        </ReactFlow>
      ) : null}
    </div>
  );
}
