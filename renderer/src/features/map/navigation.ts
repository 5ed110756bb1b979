import type { GraphLayout, PositionedNode } from '@shared/domain/graphLayout';
import type { Viewport } from '@xyflow/react';

/** Where an arrow key moves focus from a node: up to its parent, down to its first child,
 *  left and right to the nearest node on the same row. Null when there is nowhere to go. */
export function nextNodeId(
  from: string,
  key: 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight',
  parentOf: ReadonlyMap<string, string | null>,
  layout: GraphLayout,
): string | null {
  const pos = new Map(layout.nodes.map((p) => [p.id, p]));
  const here = pos.get(from);
  if (!here) return null;
  if (key === 'ArrowUp') {
    const p = parentOf.get(from);
    return p && pos.has(p) ? p : null;
  }
  if (key === 'ArrowDown') {
    let best: PositionedNode | null = null;
    for (const n of layout.nodes)
      if (parentOf.get(n.id) === from && (!best || n.x < best.x)) best = n;
    return best?.id ?? null;
  }
  // Empty lanes hold nothing to act on: focus moves past them.
  const row = layout.nodes
    .filter((n) => n.row === here.row && n.kind !== 'lane')
    .sort((a, b) => a.x - b.x);
  const i = row.findIndex((n) => n.id === from);
  return row[key === 'ArrowLeft' ? i - 1 : i + 1]?.id ?? null;
}

export const MIN_ZOOM = 0.02;
export const MAX_ZOOM = 1.5;
/**
 * The zoom floor: below it the map shows org units, not objectives. Cards drawn at this zoom
 * keep their large title (20 px) and status (16 px) at 10 and 8 px on screen; smaller would be
 * specks (a fit of a big map used to draw 6 px text).
 */
export const ZOOM_FLOOR = 0.5;
/** From this zoom cards show every detail (11.5 px facts at 8 px and more on screen). */
export const DETAIL_ZOOM = 0.7;
const READABLE_ZOOM = ZOOM_FLOOR;
const MARGIN = 24;
/** Below this pane width the overview is smaller: a narrow window has less map to spare. */
const NARROW_PANE = 1000;

/** The overview's size in the corner (MapOverview.tsx). */
export const overviewSize = (paneW: number): { width: number; height: number } =>
  paneW < NARROW_PANE ? { width: 112, height: 72 } : { width: 150, height: 100 };

/** The overview and zoom buttons sit in the bottom band: a first view keeps nodes above it. */
const bottomReserve = (paneW: number): number => overviewSize(paneW).height + 12;

/** The zoom at which the whole layout fits the pane (before any floor). */
export function fitZoom(layout: GraphLayout, paneW: number, fullH: number): number {
  const paneH = Math.max(200, fullH - bottomReserve(paneW));
  return Math.min(
    (paneW - 2 * MARGIN) / Math.max(1, layout.width),
    (paneH - 2 * MARGIN) / Math.max(1, layout.height),
  );
}

/**
 * The first view of a map: all of it when it fits at a readable zoom; otherwise the top of the
 * tree (company and departments) at the smallest readable zoom, starting from its left edge.
 * Fitting a big forest whole would shrink it to specks and mount every node at once.
 */
export function initialViewport(layout: GraphLayout, paneW: number, fullH: number): Viewport {
  const paneH = Math.max(200, fullH - bottomReserve(paneW));
  const fitAll = fitZoom(layout, paneW, fullH);
  if (fitAll >= READABLE_ZOOM) {
    const zoom = Math.min(1, fitAll);
    return {
      zoom,
      x: (paneW - layout.width * zoom) / 2,
      y: Math.max(MARGIN, (paneH - layout.height * zoom) / 2),
    };
  }
  const top = layout.nodes.filter((n) => n.row <= 1);
  const left = Math.min(...top.map((n) => n.x));
  const right = Math.max(...top.map((n) => n.x + n.width));
  const zoom = Math.max(
    READABLE_ZOOM,
    Math.min(1, (paneW - 2 * MARGIN) / Math.max(1, right - left)),
  );
  const span = (right - left) * zoom;
  const x = span <= paneW - 2 * MARGIN ? (paneW - span) / 2 - left * zoom : MARGIN - left * zoom;
  return { zoom, x, y: MARGIN };
}
