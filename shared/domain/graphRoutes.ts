import { LAYOUT_GAP, type GraphLayout, type PositionedNode } from './graphLayout';

/**
 * How a link is drawn between a node and the node it hangs from, on screen and in exports.
 * Links run in right angles through the gaps between rows and, where they skip a row, through
 * the corridor the layout kept free for them: so a link to an objective never passes behind
 * that objective's key-result cards (it goes round them) and cannot seem to end at the wrong one.
 */

export type Point = readonly [number, number];

const r = (n: number): string => String(Math.round(n * 10) / 10);
const CORNER = 8;

/** A polyline with rounded corners, as an SVG path. */
function roundedPath(points: readonly Point[]): string {
  const pts = points.filter(
    (p, i) => i === 0 || p[0] !== points[i - 1]![0] || p[1] !== points[i - 1]![1],
  );
  if (pts.length === 0) return '';
  let d = `M${r(pts[0]![0])} ${r(pts[0]![1])}`;
  for (let i = 1; i < pts.length - 1; i++) {
    const [px, py] = pts[i - 1]!;
    const [x, y] = pts[i]!;
    const [nx, ny] = pts[i + 1]!;
    const inLen = Math.hypot(x - px, y - py);
    const outLen = Math.hypot(nx - x, ny - y);
    const c = Math.min(CORNER, inLen / 2, outLen / 2);
    const ax = x - ((x - px) / (inLen || 1)) * c;
    const ay = y - ((y - py) / (inLen || 1)) * c;
    const bx = x + ((nx - x) / (outLen || 1)) * c;
    const by = y + ((ny - y) / (outLen || 1)) * c;
    d += `L${r(ax)} ${r(ay)}Q${r(x)} ${r(y)} ${r(bx)} ${r(by)}`;
  }
  const last = pts[pts.length - 1]!;
  return `${d}L${r(last[0])} ${r(last[1])}`;
}

/** A curve from the child's top to the parent's bottom: for loops, which may point down. */
function curve(child: PositionedNode, parent: PositionedNode): string {
  const sx = child.x + child.width / 2;
  const sy = child.y;
  const tx = parent.x + parent.width / 2;
  const ty = parent.y + parent.height;
  const my = (sy + ty) / 2;
  return `M${r(sx)} ${r(sy)}C${r(sx)} ${r(my)} ${r(tx)} ${r(my)} ${r(tx)} ${r(ty)}`;
}

/**
 * The link from `child` up to `parent`: up into the gap above the child's row,
 * across to the corridor of each row it skips, and into the parent's bottom from the gap
 * below the parent's row. Key-result links (objective to its key results) turn nearer the
 * objective than alignment links do, so the two kinds never share a line.
 */
export function linkPath(
  child: PositionedNode,
  parent: PositionedNode,
  layout: Pick<GraphLayout, 'rowTops' | 'corridors'>,
  kind: LinkKind = 'alignment',
): string {
  const points = linkPoints(child, parent, layout, kind);
  return points ? roundedPath(points) : curve(child, parent);
}

type LinkKind = 'alignment' | 'keyResult' | 'loop';

/** The corners of a link's path (null for a loop, drawn as a curve). */
export function linkPoints(
  child: PositionedNode,
  parent: PositionedNode,
  layout: Pick<GraphLayout, 'rowTops' | 'corridors'>,
  kind: LinkKind = 'alignment',
): Point[] | null {
  if (kind === 'loop' || child.row <= parent.row) return null;
  const gapAbove = (row: number): number =>
    (layout.rowTops[row] ?? child.y) - LAYOUT_GAP.y * (kind === 'keyResult' ? 0.6 : 0.4);
  let x = child.x + child.width / 2;
  const points: Point[] = [[x, child.y]];
  const lanes = layout.corridors[parent.id] ?? {};
  for (let row = child.row - 1; row > parent.row; row--) {
    const cx = lanes[row];
    if (cx === undefined) continue;
    const y = gapAbove(row + 1);
    points.push([x, y], [cx, y]);
    x = cx;
  }
  const px = parent.x + parent.width / 2;
  const y = gapAbove(parent.row + 1);
  points.push([x, y], [px, y], [px, parent.y + parent.height]);
  return points;
}
