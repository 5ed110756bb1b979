import { createRoot } from 'react-dom/client';
import type { Edge, Node } from '@xyflow/react';
import { buildAlignmentGraph } from '../../../../shared/domain/graph';
import { layoutAlignmentGraph } from '../../../../shared/domain/graphLayout';
import {
  initialViewport,
  MAX_ZOOM,
  MIN_ZOOM,
} from '../../../../renderer/src/features/map/navigation';
import { generateCycleOf, type Size } from '../../gen/workspace';
import { FlowBaseline } from '../FlowBaseline';
import { readCycleRaw } from './rawRead';

export interface Settled {
  ms: number;
  nodes: number;
  edges: number;
}

declare global {
  interface Window {
    /** Installed by the driver in every page (tests/bench/lib/app.mjs). */
    __settled(root: string | Element, t0: number): Promise<Settled>;
  }
}

const prepared = new Map<
  string,
  {
    nodes: Node[];
    edges: Edge[];
    layout: ReturnType<typeof layoutAlignmentGraph>;
    cycleId: string;
  }
>();

/** The cycle's graph as the map derives it (key results folded, nothing collapsed), laid out. */
function prepare(size: Size, cycleKey: string) {
  let p = prepared.get(`${size}:${cycleKey}`);
  if (p) return p;
  const { org, records } = generateCycleOf(size, cycleKey);
  const graph = buildAlignmentGraph({
    cycleId: records.cycle.id,
    objectives: records.objectives,
    keyResults: records.keyResults,
    orgUnits: org.units,
    status: { cycle: records.cycle, today: records.cycle.end },
    showKeyResults: false,
  });
  const layout = layoutAlignmentGraph(graph.nodes);
  const titles = new Map(graph.nodes.map((n) => [n.id, n.title]));
  const nodes: Node[] = layout.nodes.map((n) => ({
    id: n.id,
    position: { x: n.x, y: n.y },
    width: n.width,
    height: n.height,
    data: { label: titles.get(n.id) ?? '' },
  }));
  const edges: Edge[] = graph.edges.map((e) => ({ id: e.id, source: e.source, target: e.target }));
  const cycleId = records.cycle.id;
  prepared.set(`${size}:${cycleKey}`, (p = { nodes, edges, layout, cycleId }));
  return p;
}

/**
 * What any map of the cycle must do, timed together: read its rows from IndexedDB (raw
 * getAll, as the app's queries would) and mount bare React Flow with the same positioned
 * nodes in a fresh w × h box, to settled.
 */
export async function flow(
  size: Size,
  cycleKey: string,
  w: number,
  h: number,
): Promise<Settled & { rows: number; readMs: number }> {
  const { nodes, edges, layout, cycleId } = prepare(size, cycleKey);
  const box = document.createElement('div');
  box.style.cssText = `width:${w}px;height:${h}px;position:relative`;
  document.body.append(box);
  const root = createRoot(box);
  const t0 = performance.now();
  const rows = await readCycleRaw(cycleId);
  const readMs = performance.now() - t0;
  root.render(
    <FlowBaseline
      nodes={nodes}
      edges={edges}
      viewport={initialViewport(layout, w, h)}
      minZoom={MIN_ZOOM}
      maxZoom={MAX_ZOOM}
    />,
  );
  const settled = await window.__settled(box, t0);
  root.unmount();
  box.remove();
  return { ...settled, rows, readMs };
}
