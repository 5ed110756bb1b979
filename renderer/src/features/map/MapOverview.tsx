import { memo, useMemo, useRef, type PointerEvent } from 'react';
import { Panel, useReactFlow, useStore } from '@xyflow/react';
import { STATUS_TONES, type StatusTone } from '@shared/domain/status';
import type { MapFlowNode } from './flowElements';
import { overviewSize } from './navigation';

export interface Props {
  nodes: readonly MapFlowNode[];
}

type Tone = StatusTone | 'none';
const TONES: readonly Tone[] = ['none', 'stale', 'good', 'warn', 'bad'];
const PAD = 40;

/**
 * Rectangles of every node, one SVG path a status colour: a 2,000-objective map costs five
 * elements here, not 2,000 (React Flow's MiniMap draws one per node; docs/benchmarks.md).
 */
function tonePaths(nodes: readonly MapFlowNode[]): Record<Tone, string> {
  const parts: Record<Tone, string[]> = { none: [], stale: [], good: [], warn: [], bad: [] };
  for (const n of nodes) {
    const w = n.width ?? 0;
    const h = n.height ?? 0;
    const { x, y } = n.position;
    const status = n.data.node.status;
    parts[status ? STATUS_TONES[status] : 'none'].push(`M${x} ${y}h${w}v${h}h${-w}z`);
  }
  return {
    none: parts.none.join(''),
    stale: parts.stale.join(''),
    good: parts.good.join(''),
    warn: parts.warn.join(''),
    bad: parts.bad.join(''),
  };
}

function boundsOf(nodes: readonly MapFlowNode[]) {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const n of nodes) {
    x0 = Math.min(x0, n.position.x);
    y0 = Math.min(y0, n.position.y);
    x1 = Math.max(x1, n.position.x + (n.width ?? 0));
    y1 = Math.max(y1, n.position.y + (n.height ?? 0));
  }
  return nodes.length ? { x0, y0, x1, y1 } : { x0: 0, y0: 0, x1: 1, y1: 1 };
}

/** The overview in the corner: the whole map in status colours and the part on screen. Press
 *  or drag on it to bring that part of the map into view. */
export const MapOverview = memo(function MapOverview({ nodes }: Props) {
  const rf = useReactFlow();
  const svg = useRef<SVGSVGElement>(null);
  const [tx, ty, zoom] = useStore((s) => s.transform);
  const paneW = useStore((s) => s.width);
  const paneH = useStore((s) => s.height);
  const size = overviewSize(paneW);
  const paths = useMemo(() => tonePaths(nodes), [nodes]);
  const b = useMemo(() => boundsOf(nodes), [nodes]);

  // What the canvas shows, in the map's coordinates; the overview frames it with the map.
  const view = { x: -tx / zoom, y: -ty / zoom, w: paneW / zoom, h: paneH / zoom };
  const x0 = Math.min(b.x0, view.x) - PAD;
  const y0 = Math.min(b.y0, view.y) - PAD;
  const w = Math.max(b.x1, view.x + view.w) + PAD - x0;
  const h = Math.max(b.y1, view.y + view.h) + PAD - y0;

  const centreAt = (e: PointerEvent<SVGSVGElement>) => {
    const m = svg.current?.getScreenCTM();
    if (!m) return;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
    void rf.setCenter(p.x, p.y, { zoom: rf.getZoom() });
  };

  return (
    <Panel position="bottom-right" className="map-overview">
      <svg
        ref={svg}
        width={size.width}
        height={size.height}
        viewBox={`${x0} ${y0} ${w} ${h}`}
        role="img"
        aria-label="Overview of the whole map"
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          centreAt(e);
        }}
        onPointerMove={(e) => {
          if (e.currentTarget.hasPointerCapture(e.pointerId)) centreAt(e);
        }}
      >
        {TONES.map((t) =>
          paths[t] ? <path key={t} d={paths[t]} className={`map-overview__${t}`} /> : null,
        )}
        <path
          className="map-overview__mask"
          fillRule="evenodd"
          d={`M${x0} ${y0}h${w}v${h}h${-w}z M${view.x} ${view.y}h${view.w}v${view.h}h${-view.w}z`}
        />
      </svg>
    </Panel>
  );
});
