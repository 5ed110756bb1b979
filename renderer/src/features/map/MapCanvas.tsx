import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  Background,
  ConnectionMode,
  Controls,
  ReactFlow,
  useReactFlow,
  type Edge,
  type OnMove,
  type Viewport,
} from '@xyflow/react';
import type { UnitGroup } from '@shared/domain/graph';
import type { GraphLayout } from '@shared/domain/graphLayout';
import { useUi } from '../../store/ui';
import { exportPng, exportSvg, type MapPicture } from './exportMap';
import type { AnyMapNode } from './flowElements';
import { setMapController } from './mapController';
import { focusNode, nodeSelection } from './mapState';
import { fitZoom, initialViewport, MIN_ZOOM, nextNodeId, ZOOM_FLOOR } from './navigation';
import { MapOverview } from './MapOverview';
import { flowProps } from './flowProps';
import { toLaneNodes } from './unitElements';
import type { MapData } from './useAlignmentGraph';
import { useFlowElements } from './useFlowElements';
import { useMapHandlers } from './useMapHandlers';

export interface Props {
  data: MapData;
  layout: GraphLayout;
  /** Units in the filter without objectives of their own, placed in `layout`. */
  lanes: readonly UnitGroup[];
  /** A newer layout is on its way (worker): wait before re-framing. */
  layoutPending: boolean;
  /** The heading of exports. */
  heading: Pick<MapPicture, 'cycleName' | 'scope' | 'date'>;
  /** Changes when what is shown changes (filters, key results): the view re-frames then. */
  frameKey: string;
}

const DELETE_KEYS = ['Delete', 'Backspace'];
const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

/** The React Flow canvas: draws the laid-out graph, aligns by drag, moves focus by keyboard. */
export function MapCanvas({ data, layout, lanes, layoutPending, heading, frameKey }: Props) {
  const rf = useReactFlow();
  const wrap = useRef<HTMLDivElement>(null);
  const [start, setStart] = useState<Viewport | null>(null);
  const objectives = useFlowElements(data, layout);
  const laneNodes = useMemo(() => toLaneNodes(lanes, layout), [lanes, layout]);
  const shown = layout;
  const parentOf = objectives.parentOf;
  const nodes: AnyMapNode[] = useMemo(
    () => (laneNodes.length ? [...objectives.nodes, ...laneNodes] : objectives.nodes),
    [objectives.nodes, laneNodes],
  );
  const edges: Edge[] = objectives.edges;
  const handlers = useMapHandlers(data);
  const focusRequest = useUi((s) => s.mapFocusRequest);
  const latest = useRef({ data, layout, lanes, heading });
  latest.current = { data, layout, lanes, heading };

  // The first viewport is chosen before React Flow mounts, so it mounts only what it shows.
  useLayoutEffect(() => {
    const el = wrap.current;
    if (el && !start) setStart(initialViewport(shown, el.clientWidth, el.clientHeight));
  }, [shown, start]);

  const viewKey = frameKey;
  const framed = useRef(viewKey);
  useEffect(() => {
    const el = wrap.current;
    if (!start || !el || layoutPending || framed.current === viewKey) return;
    framed.current = viewKey;
    void rf.setViewport(initialViewport(shown, el.clientWidth, el.clientHeight), {
      duration: 200,
    });
  }, [viewKey, shown, layoutPending, rf, start]);

  useEffect(() => {
    if (!start) return;
    const picture = (): MapPicture => ({
      graph: latest.current.data.graph,
      layout: latest.current.layout,
      lanes: latest.current.lanes,
      ...latest.current.heading,
    });
    setMapController({
      fit: () => {
        const el = wrap.current;
        const ui = useUi.getState();
        if (!el) return;
        const layout = latest.current.layout;
        if (fitZoom(layout, el.clientWidth, el.clientHeight) < ZOOM_FLOOR) {
          // The whole map would be specks: show it as its org units instead.
          ui.setMapUnitsView(true);
        } else {
          // Framed as the first view is: above the overview and zoom buttons, not under them.
          const vp = initialViewport(layout, el.clientWidth, el.clientHeight);
          void rf.setViewport(vp, { duration: 200 });
        }
      },
      exportPng: () => exportPng(picture()),
      exportSvg: () => exportSvg(picture()),
    });
    return () => setMapController(null);
  }, [rf, start]);

  useEffect(() => {
    if (!focusRequest) return;
    const p = shown.nodes.find((n) => n.id === focusRequest.id);
    if (!p) return; // shown after the next layout, once its ancestors unfold
    useUi.getState().requestMapFocus(null);
    const g = latest.current.data.graph.nodes.find((n) => n.id === p.id);
    if (g) useUi.getState().pick(nodeSelection(g));
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
  }, [focusRequest, shown, rf]);

  // Zooming out past the floor (wheel, pinch, the − button) turns objectives into org units.
  // Read when a move ends: an animated move between two readable zooms may dip below on the way.
  const onMoveEnd: OnMove = (_, vp) => {
    if (vp.zoom < ZOOM_FLOOR - 1e-3 && !useUi.getState().mapUnitsView)
      useUi.getState().setMapUnitsView(true);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    if (!target.classList.contains('react-flow__node')) return;
    const id = target.getAttribute('data-id');
    if (!id) return;
    if (ARROWS.has(e.key)) {
      e.preventDefault();
      const next = nextNodeId(id, e.key as 'ArrowUp', parentOf, shown);
      if (next) focusNode(parentOf, next);
    } else if (e.key === 'Enter') {
      const n = data.graph.nodes.find((x) => x.id === id);
      if (n) useUi.getState().select(nodeSelection(n));
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
        <ReactFlow<AnyMapNode, Edge>
          {...flowProps(nodes.length)}
          nodes={nodes}
          edges={edges}
          {...handlers}
          onMoveEnd={onMoveEnd}
          defaultViewport={start}
          minZoom={MIN_ZOOM}
          connectionMode={ConnectionMode.Strict}
          connectionRadius={28}
          deleteKeyCode={DELETE_KEYS}
        >
          <Background gap={24} size={1} />
          <Controls showInteractive={false} showFitView={false} position="bottom-left" />
          <MapOverview nodes={objectives.nodes} />
        </ReactFlow>
      ) : null}
    </div>
  );
}
