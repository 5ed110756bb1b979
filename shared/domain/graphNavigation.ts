import type { AlignmentGraph } from './graphTypes';

/** Walking a built alignment graph: children and descendants of a node. */

/** Children of each node id in the graph's order, for navigation and collapsing. */
export function childrenOf(graph: Pick<AlignmentGraph, 'nodes'>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const n of graph.nodes) {
    if (!n.parentId) continue;
    const list = out.get(n.parentId);
    if (list) list.push(n.id);
    else out.set(n.parentId, [n.id]);
  }
  return out;
}

/** The node and every node below it (ids), e.g. what collapsing it hides. */
export function descendantsOf(
  children: ReadonlyMap<string, readonly string[]>,
  id: string,
): string[] {
  const out: string[] = [];
  const stack = [...(children.get(id) ?? [])];
  while (stack.length) {
    const cur = stack.pop()!;
    out.push(cur);
    stack.push(...(children.get(cur) ?? []));
  }
  return out;
}
