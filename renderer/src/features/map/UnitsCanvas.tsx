import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  Background,
  Controls,
  ReactFlow,
  useReactFlow,
  type Edge,
  type NodeMouseHandler,
  type Viewport,
} from '@xyflow/react';
import { layoutAlignmentGraph, type GraphLayout } from '@shared/domain/graphLayout';
import type { UnitFlowNode } from './flowElements';
import { handOverToObjectives, setMapController } from './mapController';
import { openUnit } from './mapState';
import { initialViewport, nextNodeId, ZOOM_FLOOR } from './navigation';
import { flowProps } from './flowProps';
import { toUnitElements } from './unitElements';
import type { UnitsData } from './useUnitGroups';

export interface Props {
  data: UnitsData;
}

/**
 * The first view of the units: all of them when they fit at a readable zoom; otherwise the top
 * rows at that zoom, moved so the company is in view (a big org's departments span far wider
 * than the pane, and the company sits above their middle).
 */
function unitsViewport(layout: GraphLayout, w: number, h: number): Viewport {
  const vp = initialViewport(layout, w, h);
  const top = layout.nodes.find((n) => n.row === 0);
  if (!top) return vp;
  const left = top.x * vp.zoom + vp.x;
  const right = (top.x + top.width) * vp.zoom + vp.x;
  if (left >= 0 && right <= w) return vp;
  return { ...vp, x: w / 2 - (top.x + top.width / 2) * vp.zoom };
}

/**
 * The map below the zoom floor: the org's companies, departments and teams as cards, with
 * the org tree's links. Click or Enter opens a unit (the map filters to it and shows its
 * objectives); arrow keys move as on the objectives map.
 */
export function UnitsCanvas({ data }: Props) {
  const rf = useReactFlow();
  const wrap = useRef<HTMLDivElement>(null);
  const [start, setStart] = useState<Viewport | null>(null);
  const layout = useMemo(
    () =>
      layoutAlignmentGraph(
        data.groups.map((u) => ({ id: u.id, parentId: u.parentId, kind: 'unit', level: u.level })),
      ),
    // The tree changes with the org, not with counts or progress.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data.units],
  );
  const { nodes, edges } = useMemo(
    () => toUnitElements(data.groups, layout, data.pending),
    [data.groups, layout, data.pending],
  );
  const parentOf = useMemo(
    () => new Map(data.groups.map((u) => [u.id, u.parentId])),
    [data.groups],
  );
  const latest = useRef(layout);
  latest.current = layout;

  // The first viewport is chosen before React Flow mounts, so it mounts only what it shows.
  useLayoutEffect(() => {
    const el = wrap.current;
    if (el && !start) setStart(unitsViewport(layout, el.clientWidth, el.clientHeight));
  }, [layout, start]);

  useEffect(() => {
    if (!start) return;
    setMapController({
      fit: () => {
        const el = wrap.current;
        if (!el) return;
        const vp = unitsViewport(latest.current, el.clientWidth, el.clientHeight);
        void rf.setViewport(vp, { duration: 200 });
      },
      // Exports draw objectives: the map shows them, then exports.
      exportPng: () => handOverToObjectives((c) => c.exportPng()),
      exportSvg: () => handOverToObjectives((c) => c.exportSvg()),
    });
    return () => setMapController(null);
  }, [rf, start]);

  const onNodeClick: NodeMouseHandler<UnitFlowNode> = (_, node) => openUnit(node.id);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    const id = target.classList.contains('react-flow__node') && target.getAttribute('data-id');
    if (!id) return;
    if (e.key === 'Enter') return openUnit(id);
    if (
      e.key !== 'ArrowUp' &&
      e.key !== 'ArrowDown' &&
      e.key !== 'ArrowLeft' &&
      e.key !== 'ArrowRight'
    )
      return;
    e.preventDefault();
    const next = nextNodeId(id, e.key, parentOf, layout);
    if (!next) return;
    const p = layout.nodes.find((n) => n.id === next);
    if (p) void rf.setCenter(p.x + p.width / 2, p.y + p.height / 2, { zoom: rf.getZoom() });
    requestAnimationFrame(() =>
      wrap.current
        ?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(next)}"]`)
        ?.focus({ preventScroll: true }),
    );
  };

  return (
    <div
      className="map-canvas"
      ref={wrap}
      onKeyDown={onKeyDown}
      role="region"
      aria-label="Alignment map, by org unit: Tab to a unit, Enter to open it"
      data-progress={data.pending ? 'reading' : 'shown'}
    >
      {start ? (
        <ReactFlow<UnitFlowNode, Edge>
          {...flowProps(nodes.length)}
          nodes={nodes}
          edges={edges}
          onNodeClick={onNodeClick}
          defaultViewport={start}
          minZoom={ZOOM_FLOOR}
          nodesConnectable={false}
          deleteKeyCode={null}
        >
          <Background gap={24} size={1} />
          <Controls showInteractive={false} showFitView={false} position="bottom-left" />
        </ReactFlow>
      ) : null}
    </div>
  );
}
