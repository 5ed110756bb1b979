import { stratify, tree } from 'd3-hierarchy';
import type { GraphNode } from './graph';

/**
 * Tree layout of the alignment graph with d3-hierarchy (see docs/decisions/0004-tree-layout.md).
 * Rows follow the org: company objectives on row 0, departments on 1, teams on 2, people on 3
 * (with key results shown, each objective row is followed by a row of its key results). A
 * child whose org level skips rows hangs from invisible spacer nodes, so each row is one depth
 * of the tree and d3's tidy-tree guarantee (no two nodes of a depth overlap) holds per row.
 */

export const NODE_SIZE = {
  objective: { width: 248, height: 112 },
  keyResult: { width: 200, height: 72 },
  /** An org unit without objectives of its own (an empty lane). */
  lane: { width: 248, height: 112 },
  /** An org unit as a group, below the zoom floor. */
  unit: { width: 248, height: 112 },
} as const;
export type LayoutKind = keyof typeof NODE_SIZE;

/** Between siblings (x; doubled between cousins) and between rows (y). */
export const LAYOUT_GAP = { x: 24, y: 64 } as const;
/** The corridor a spacer keeps free for a long link to pass between nodes. */
const SPACER_WIDTH = 24;

/** What the layout needs of a node: small enough to post to a worker cheaply. */
export type LayoutNodeInput = Pick<GraphNode, 'id' | 'parentId' | 'level'> & { kind: LayoutKind };

export interface LayoutOptions {
  /** Nodes whose subtrees are hidden. */
  collapsed?: ReadonlySet<string>;
  /** When set, only these nodes are shown, with their ancestors as (dimmed) context. */
  include?: ReadonlySet<string> | null;
}

export interface PositionedNode {
  id: string;
  kind: LayoutKind;
  /** Top-left corner, in flow coordinates. */
  x: number;
  y: number;
  width: number;
  height: number;
  row: number;
  /** Shown only because something below it matched the filters. */
  context: boolean;
  /** How many nodes a collapse hides below this one (0 when expanded or a leaf). */
  hidden: number;
}

export interface GraphLayout {
  /** In the input's order. */
  nodes: PositionedNode[];
  width: number;
  height: number;
  /** The top of each row, for routing links through the gaps between rows. */
  rowTops: number[];
  /**
   * Where a link to a parent may cross a row it skips: the centre x of the free corridor the
   * layout kept, by parent id and row (graphRoutes.ts draws links through them).
   */
  corridors: Record<string, Record<number, number>>;
}

const ROOT = '\u0000root';
const spacerId = (parent: string, row: number): string => `\u0000${parent}\u0000${row}`;
const isSpacer = (id: string): boolean => id.charCodeAt(0) === 0;

interface Item {
  id: string;
  parent: string | null;
  index: number;
}

/** Positions for fixed-size nodes; parents sit above children and no two nodes overlap. */
export function layoutAlignmentGraph(
  nodes: readonly LayoutNodeInput[],
  options: LayoutOptions = {},
): GraphLayout {
  const byId = new Map<string, LayoutNodeInput>();
  for (const n of nodes) byId.set(n.id, n);
  const shown = visibleSet(nodes, byId, options);
  const withKrs = nodes.some((n) => n.kind === 'keyResult' && shown.has(n.id));
  const baseRow = (n: LayoutNodeInput) => (withKrs ? n.level * 2 : n.level);

  // Rows in input order; parents come first in the graph's depth-first order, and the
  // fallback handles any input that does not.
  const rows = new Map<string, number>();
  const rowOf = (n: LayoutNodeInput): number => {
    const known = rows.get(n.id);
    if (known !== undefined) return known;
    const parent = n.parentId && shown.has(n.parentId) ? byId.get(n.parentId) : undefined;
    rows.set(n.id, baseRow(n)); // guards a malformed (looping) input
    const r = parent
      ? n.kind === 'keyResult'
        ? rowOf(parent) + 1
        : Math.max(rowOf(parent) + 1, baseRow(n))
      : baseRow(n);
    rows.set(n.id, r);
    return r;
  };

  const items: Item[] = [{ id: ROOT, parent: null, index: -1 }];
  const spacers = new Set<string>();
  const spacerFor = (parent: string, parentRow: number, row: number): string => {
    let p = parent;
    for (let r = parentRow + 1; r < row; r++) {
      const id = spacerId(parent, r);
      if (!spacers.has(id)) {
        spacers.add(id);
        items.push({ id, parent: p, index: Number.MAX_SAFE_INTEGER });
      }
      p = id;
    }
    return p;
  };
  nodes.forEach((n, index) => {
    if (!shown.has(n.id)) return;
    const row = rowOf(n);
    const parent = n.parentId && shown.has(n.parentId) ? n.parentId : null;
    const parentRow = parent ? rows.get(parent)! : -1;
    items.push({ id: n.id, parent: spacerFor(parent ?? ROOT, parentRow, row), index });
  });

  const root = stratify<Item>()
    .id((d) => d.id)
    .parentId((d) => d.parent)(items);
  // Real children in the graph's order; spacer chains (longer links) to their right.
  root.sort((a, b) => a.data.index - b.data.index);
  const widthOf = (id: string): number => {
    const n = byId.get(id);
    return n ? NODE_SIZE[n.kind].width : SPACER_WIDTH;
  };
  // With a node size of 1, separation is in pixels: half of each width plus a gap, wider
  // between cousins so that subtrees read as groups.
  tree<Item>()
    .nodeSize([1, 1])
    .separation((a, b) => {
      const spacer = isSpacer(a.data.id) || isSpacer(b.data.id);
      const gap = spacer
        ? LAYOUT_GAP.x / 2
        : a.parent === b.parent
          ? LAYOUT_GAP.x
          : LAYOUT_GAP.x * 2;
      return (widthOf(a.data.id) + widthOf(b.data.id)) / 2 + gap;
    })(root);

  // Each row as tall as its tallest node: key-result rows are shallower.
  const rowHeight: number[] = [];
  for (const d of root.descendants()) {
    const n = byId.get(d.data.id);
    const r = d.depth - 1;
    if (n) rowHeight[r] = Math.max(rowHeight[r] ?? 0, NODE_SIZE[n.kind].height);
  }
  const rowTop: number[] = [];
  let top = 0;
  for (let r = 0; r < rowHeight.length; r++) {
    rowTop[r] = top;
    top += (rowHeight[r] ?? 0) + LAYOUT_GAP.y;
  }

  const hidden = hiddenCounts(nodes, options.collapsed);
  let minX = Infinity;
  let maxX = -Infinity;
  let maxY = 0;
  const placed = new Map<string, PositionedNode>();
  for (const d of root.descendants()) {
    const n = byId.get(d.data.id);
    if (!n || isSpacer(d.data.id)) continue;
    const size = NODE_SIZE[n.kind];
    const x = (d.x ?? 0) - size.width / 2;
    const row = d.depth - 1;
    const y = rowTop[row] ?? 0;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x + size.width);
    maxY = Math.max(maxY, y + size.height);
    placed.set(n.id, {
      id: n.id,
      kind: n.kind,
      x,
      y,
      width: size.width,
      height: size.height,
      row,
      context: !!options.include && !options.include.has(n.id),
      hidden: hidden.get(n.id) ?? 0,
    });
  }
  const out: PositionedNode[] = [];
  for (const n of nodes) {
    const p = placed.get(n.id);
    if (p) out.push({ ...p, x: p.x - minX });
  }
  const corridors: Record<string, Record<number, number>> = {};
  for (const d of root.descendants()) {
    if (!spacers.has(d.data.id)) continue;
    const [, parent = '', row = ''] = d.data.id.split('\u0000');
    if (!parent) continue; // a root's spacers: no link runs through them
    (corridors[parent] ??= {})[Number(row)] = (d.x ?? 0) - minX;
  }
  return {
    nodes: out,
    width: out.length ? maxX - minX : 0,
    height: maxY,
    rowTops: out.length ? rowTop : [],
    corridors,
  };
}

/** Nodes left after filters (plus ancestors as context) and collapsed subtrees. */
function visibleSet(
  nodes: readonly LayoutNodeInput[],
  byId: ReadonlyMap<string, LayoutNodeInput>,
  { include, collapsed }: LayoutOptions,
): Set<string> {
  let keep: Set<string>;
  if (include) {
    keep = new Set();
    for (const id of include) {
      let cur: string | null = byId.has(id) ? id : null;
      while (cur && !keep.has(cur)) {
        keep.add(cur);
        cur = byId.get(cur)?.parentId ?? null;
      }
    }
  } else keep = new Set(byId.keys());
  if (!collapsed || collapsed.size === 0) return keep;
  // A node is hidden when any ancestor is collapsed.
  const memo = new Map<string, boolean>();
  const underCollapsed = (id: string): boolean => {
    const seen: string[] = [];
    let cur = byId.get(id)?.parentId ?? null;
    let result = false;
    while (cur) {
      const m = memo.get(cur);
      if (m !== undefined) {
        result = m || collapsed.has(cur);
        break;
      }
      if (collapsed.has(cur)) {
        result = true;
        break;
      }
      if (seen.includes(cur)) break;
      seen.push(cur);
      cur = byId.get(cur)?.parentId ?? null;
    }
    memo.set(id, result);
    return result;
  };
  const out = new Set<string>();
  for (const id of keep) if (!underCollapsed(id)) out.add(id);
  return out;
}

/** For each collapsed node, how many nodes are folded away below it. */
function hiddenCounts(
  nodes: readonly LayoutNodeInput[],
  collapsed: ReadonlySet<string> | undefined,
): Map<string, number> {
  const out = new Map<string, number>();
  if (!collapsed || collapsed.size === 0) return out;
  const parent = new Map(nodes.map((n) => [n.id, n.parentId]));
  for (const n of nodes) {
    const seen = new Set<string>();
    let cur = n.parentId;
    while (cur && !seen.has(cur)) {
      seen.add(cur);
      if (collapsed.has(cur)) out.set(cur, (out.get(cur) ?? 0) + 1);
      cur = parent.get(cur) ?? null;
    }
  }
  return out;
}
