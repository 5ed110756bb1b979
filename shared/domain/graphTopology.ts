import type { Objective } from './model';
import type { BrokenLink, GraphEdge, GraphNode } from './graphTypes';

/**
 * The alignment graph's structure once its nodes are made: loops cut, nodes in depth-first
 * order, and the edges between them.
 */

/**
 * Finds loops in the parent links (a functional graph, so each loop is found once by colouring
 * walks) and cuts each at its highest-level objective. Returns the cut links as loop edges.
 */
export function cutLoops(
  nodes: Map<string, GraphNode>,
  brokenLinks: BrokenLink[],
  objById: ReadonlyMap<string, Objective>,
): Map<string, string> {
  const state = new Map<string, 1 | 2>();
  const cut = new Map<string, string>();
  for (const start of nodes.keys()) {
    const path: string[] = [];
    let cur: string | null = start;
    while (cur && !state.has(cur)) {
      state.set(cur, 1);
      path.push(cur);
      cur = nodes.get(cur)?.parentId ?? null;
    }
    if (cur && state.get(cur) === 1) {
      const loop = path.slice(path.indexOf(cur));
      const members = loop.map((id) => nodes.get(id)!).filter((n) => n.kind === 'objective');
      const head = members.reduce((best, n) => (n.level < best.level ? n : best), members[0]!);
      cut.set(head.id, head.parentId!);
      head.parentId = null;
      head.broken = 'loop';
      const link = objById.get(head.id)?.alignedTo;
      if (link) brokenLinks.push({ objectiveId: head.id, target: link, reason: 'loop' });
    }
    for (const id of path) state.set(id, 2);
  }
  return cut;
}

export function orderDepthFirst(
  nodes: Map<string, GraphNode>,
  order: ReadonlyMap<string, number>,
): GraphNode[] {
  const children = new Map<string | null, GraphNode[]>();
  for (const n of nodes.values()) {
    const list = children.get(n.parentId);
    if (list) list.push(n);
    else children.set(n.parentId, [n]);
  }
  // Key results first under their objective, then children by org level, then as given (rank).
  const cmp = (a: GraphNode, b: GraphNode) =>
    (a.kind === 'keyResult' ? 0 : 1) - (b.kind === 'keyResult' ? 0 : 1) ||
    a.level - b.level ||
    (a.orphan || a.broken ? 1 : 0) - (b.orphan || b.broken ? 1 : 0) ||
    (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0);
  const out: GraphNode[] = [];
  const stack = [...(children.get(null) ?? [])].sort(cmp).reverse();
  while (stack.length) {
    const n = stack.pop()!;
    out.push(n);
    const kids = children.get(n.id);
    if (kids) stack.push(...kids.sort(cmp).reverse());
  }
  return out;
}

export function edgesOf(
  nodes: ReadonlyMap<string, GraphNode>,
  objById: ReadonlyMap<string, Objective>,
  showKrs: boolean,
  loopEdges: ReadonlyMap<string, string>,
): GraphEdge[] {
  const edges: GraphEdge[] = [];
  for (const n of nodes.values()) {
    const parent = n.parentId ?? loopEdges.get(n.id);
    if (!parent) continue;
    const link = n.kind === 'objective' ? objById.get(n.id)?.alignedTo : null;
    edges.push({
      id: `${n.id}->${parent}`,
      source: n.id,
      target: parent,
      kind: loopEdges.has(n.id) ? 'loop' : n.kind === 'keyResult' ? 'keyResult' : 'alignment',
      viaKeyResultId: !showKrs && link?.kind === 'keyResult' ? link.id : null,
    });
  }
  return edges;
}
