import type { OrgUnit } from './model';

export interface TreeRow {
  unit: OrgUnit;
  depth: number;
}

// The collation localeCompare uses, made once: localeCompare sets one up per call, which was
// ~70 ms of sorting a 5,700-unit org at every window's start here (docs/benchmarks.md).
let names: Intl.Collator | undefined;
const byName = (a: string, b: string): number => (names ??= new Intl.Collator()).compare(a, b);

/** Depth-first order of the org tree (children by kind, then name), for lists and pickers. */
export function flattenOrgTree(units: readonly OrgUnit[]): TreeRow[] {
  const kids = new Map<string | null, OrgUnit[]>();
  const ids = new Set(units.map((u) => u.id));
  for (const u of units) {
    const p = u.parentId && ids.has(u.parentId) ? u.parentId : null;
    const list = kids.get(p) ?? [];
    list.push(u);
    kids.set(p, list);
  }
  const order = { company: 0, department: 1, team: 2, person: 3 } as const;
  const out: TreeRow[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number): void => {
    const list = (kids.get(parent) ?? []).sort(
      (a, b) => order[a.kind] - order[b.kind] || byName(a.name, b.name),
    );
    for (const u of list) {
      if (seen.has(u.id)) continue;
      seen.add(u.id);
      out.push({ unit: u, depth });
      walk(u.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** How deep a unit sits in the org tree (the company 0), as flattenOrgTree counts it. */
export function orgDepth(units: readonly OrgUnit[], id: string): number {
  const byId = new Map(units.map((u) => [u.id, u]));
  let depth = 0;
  const seen = new Set([id]);
  for (
    let p = byId.get(id)?.parentId;
    p && byId.has(p) && !seen.has(p);
    p = byId.get(p)?.parentId
  ) {
    seen.add(p);
    depth++;
  }
  return depth;
}

/** The unit and everything below it. */
export function subtreeIds(units: readonly OrgUnit[], rootId: string): Set<string> {
  const kids = new Map<string, string[]>();
  for (const u of units)
    if (u.parentId) kids.set(u.parentId, [...(kids.get(u.parentId) ?? []), u.id]);
  const out = new Set<string>();
  const stack = [rootId];
  while (stack.length) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(kids.get(id) ?? []));
  }
  return out;
}

/** Level of a unit for the alignment picture: company 0, department 1, team 2, person 3. */
export const ORG_LEVEL = { company: 0, department: 1, team: 2, person: 3 } as const;
