import type {
  Alignment,
  KeyResult,
  Objective,
  ObjectiveType,
  OrgKind,
  OrgUnit,
  PlanState,
} from './model';
import { ORG_LEVEL } from './org';
import {
  keyResultProgress,
  keyResultStatus,
  objectiveProgress,
  progressStatus,
  type Status,
} from './progress';

/**
 * The alignment graph of one cycle: every objective hangs from the objective or key result it
 * aligns to, so the graph is a forest (at most one parent each). Derived here, drawn elsewhere
 * (React Flow on screen, graphSvg.ts for exports and the review report).
 */

export type Level = 0 | 1 | 2 | 3;

/** Why an alignment points at nothing we can draw. */
export type BrokenReason = 'deleted' | 'otherCycle' | 'missing' | 'loop';

export const BROKEN_REASON_LABELS: Record<BrokenReason, string> = {
  deleted: 'aligned to something deleted',
  otherCycle: 'aligned to another cycle',
  missing: 'aligned to something that no longer exists',
  loop: 'part of an alignment loop',
};

export interface GraphNode {
  /** The objective's or key result's id. */
  id: string;
  kind: 'objective' | 'keyResult';
  /** The objective itself, or the objective owning the key result. */
  objectiveId: string;
  title: string;
  ownerId: string;
  ownerName: string;
  ownerKind: OrgKind | null;
  /** Org level of the owner: company 0, department 1, team 2, person 3. */
  level: Level;
  /** The node it hangs from in this graph (null for roots). */
  parentId: string | null;
  progress: number;
  /** Null for an objective without key results: there is nothing to be on track with. */
  status: Status | null;
  /** 0–10: the key result's latest confidence, or the mean over an objective's key results. */
  confidence: number | null;
  keyResultCount: number;
  type: ObjectiveType | null;
  planState: PlanState | null;
  orphan: boolean;
  broken: BrokenReason | null;
}

export interface GraphEdge {
  id: string;
  /** The child: the objective that aligns (or the key result under its objective). */
  source: string;
  /** What it aligns to, as drawn: an objective node, or a key result node when they are shown. */
  target: string;
  /** `loop` edges close an alignment loop found in the data: drawn, but not part of the tree. */
  kind: 'alignment' | 'keyResult' | 'loop';
  /** The key result aligned to when key results are folded into their objective. */
  viaKeyResultId: string | null;
}

export interface BrokenLink {
  objectiveId: string;
  target: Alignment;
  reason: BrokenReason;
}

export interface AlignmentGraph {
  /** Depth-first from the roots (company first, then orphans and the rest). */
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Objectives that are not the company's and align to nothing. */
  orphans: string[];
  brokenLinks: BrokenLink[];
  /** How many objectives sit at each org level. */
  levelCounts: Record<Level, number>;
}

/** What the app knows of an alignment target that is not a live record of this cycle. */
export interface ElsewhereRecord {
  cycleId: string;
  deleted: boolean;
}

export interface AlignmentGraphInput {
  cycleId: string;
  /** The cycle's objectives and key results; soft-deleted ones are ignored. */
  objectives: readonly Objective[];
  keyResults: readonly KeyResult[];
  orgUnits: readonly OrgUnit[];
  /** Share of the cycle elapsed (0–1), for statuses. */
  elapsed: number;
  /** Key results as child nodes (true) or folded into their objective (false, the default). */
  showKeyResults?: boolean;
  /** Alignment targets looked up outside the cycle, to say why a link is broken. */
  elsewhere?: ReadonlyMap<string, ElsewhereRecord>;
}

const isLive = (r: { deletedAt?: string | null }): boolean => !r.deletedAt;

const mean = (xs: readonly number[]): number | null =>
  xs.length === 0 ? null : Math.round((xs.reduce((s, x) => s + x, 0) / xs.length) * 10) / 10;

function brokenReason(
  target: Alignment,
  cycleId: string,
  elsewhere: ReadonlyMap<string, ElsewhereRecord> | undefined,
): BrokenReason {
  const rec = elsewhere?.get(target.id);
  if (!rec) return 'missing';
  if (rec.deleted) return 'deleted';
  return rec.cycleId !== cycleId ? 'otherCycle' : 'missing';
}

/**
 * Derives the nodes, edges, levels, orphans and broken links of one cycle's alignment.
 * A loop already in the data is tolerated: it is cut at its highest-level objective, which
 * becomes a root flagged `loop`, so every walk over the result ends.
 */
export function buildAlignmentGraph(input: AlignmentGraphInput): AlignmentGraph {
  const showKrs = input.showKeyResults ?? false;
  const units = new Map(input.orgUnits.map((u) => [u.id, u]));
  const objectives = input.objectives.filter(isLive);
  const objById = new Map(objectives.map((o) => [o.id, o]));
  const krsByObjective = new Map<string, KeyResult[]>();
  const krById = new Map<string, KeyResult>();
  for (const kr of input.keyResults) {
    if (!isLive(kr) || !objById.has(kr.objectiveId)) continue;
    krById.set(kr.id, kr);
    const list = krsByObjective.get(kr.objectiveId);
    if (list) list.push(kr);
    else krsByObjective.set(kr.objectiveId, [kr]);
  }

  const nodes = new Map<string, GraphNode>();
  const order = new Map<string, number>();
  const brokenLinks: BrokenLink[] = [];
  const orphans: string[] = [];
  const levelCounts: Record<Level, number> = { 0: 0, 1: 0, 2: 0, 3: 0 };

  const owner = (id: string) => {
    const u = units.get(id);
    return {
      ownerName: u?.name ?? 'Unknown owner',
      ownerKind: u?.kind ?? null,
      level: (u ? ORG_LEVEL[u.kind] : 3) as Level,
    };
  };

  objectives.forEach((o, i) => {
    const krs = (krsByObjective.get(o.id) ?? []).sort((a, b) => a.rank - b.rank);
    const progress = objectiveProgress(krs);
    const own = owner(o.ownerId);
    levelCounts[own.level]++;
    let parentId: string | null = null;
    let broken: BrokenReason | null = null;
    const link = o.alignedTo;
    if (link) {
      const kr = link.kind === 'keyResult' ? krById.get(link.id) : undefined;
      const target =
        link.kind === 'objective' ? objById.get(link.id) : kr && objById.get(kr.objectiveId);
      if (target && kr) parentId = showKrs ? kr.id : target.id;
      else if (target) parentId = target.id;
      else broken = brokenReason(link, input.cycleId, input.elsewhere);
      if (broken) brokenLinks.push({ objectiveId: o.id, target: link, reason: broken });
    }
    const orphan = !link && own.ownerKind !== 'company';
    if (orphan) orphans.push(o.id);
    order.set(o.id, i);
    nodes.set(o.id, {
      id: o.id,
      kind: 'objective',
      objectiveId: o.id,
      title: o.title,
      ownerId: o.ownerId,
      ...own,
      parentId,
      progress,
      status: krs.length ? progressStatus(progress, input.elapsed) : null,
      confidence: mean(krs.flatMap((k) => (k.confidence == null ? [] : [k.confidence]))),
      keyResultCount: krs.length,
      type: o.type,
      planState: o.planState,
      orphan,
      broken,
    });
    if (!showKrs) return;
    for (const kr of krs) {
      order.set(kr.id, i);
      nodes.set(kr.id, {
        id: kr.id,
        kind: 'keyResult',
        objectiveId: o.id,
        title: kr.title,
        ownerId: kr.ownerId,
        ...owner(kr.ownerId),
        level: own.level,
        parentId: o.id,
        progress: keyResultProgress(kr),
        status: keyResultStatus(kr, input.elapsed),
        confidence: kr.confidence,
        keyResultCount: 0,
        type: null,
        planState: null,
        orphan: false,
        broken: null,
      });
    }
  });

  const loopEdges = cutLoops(nodes, brokenLinks, objById);
  return {
    nodes: orderDepthFirst(nodes, order),
    edges: edgesOf(nodes, objById, showKrs, loopEdges),
    orphans,
    brokenLinks,
    levelCounts,
  };
}

/**
 * Finds loops in the parent links (a functional graph, so each loop is found once by colouring
 * walks) and cuts each at its highest-level objective. Returns the cut links as loop edges.
 */
function cutLoops(
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

function orderDepthFirst(
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

function edgesOf(
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
