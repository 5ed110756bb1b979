import type { Alignment, KeyResult } from './model';
import { ORG_LEVEL } from './org';
import { keyResultProgress, objectiveProgress } from './progress';
import { objectiveStatus } from './status';
import { cutLoops, edgesOf, orderDepthFirst } from './graphTopology';
import { statusKeyResults, unitGroupsOf, type ObjectiveKrs } from './graphUnits';
import type {
  AlignmentGraph,
  AlignmentGraphInput,
  BrokenLink,
  BrokenReason,
  ElsewhereRecord,
  GraphNode,
  Level,
} from './graphTypes';

/**
 * The alignment graph of one cycle: every objective hangs from the objective or key result it
 * aligns to, so the graph is a forest (at most one parent each). Derived here, drawn elsewhere
 * (React Flow on screen, graphSvg.ts for exports and the review report).
 */

export {
  BROKEN_REASON_LABELS,
  type AlignmentGraph,
  type AlignmentGraphInput,
  type BrokenLink,
  type BrokenReason,
  type ElsewhereRecord,
  type GraphEdge,
  type GraphNode,
  type Level,
  type UnitGroup,
} from './graphTypes';
export { emptyLanes, laneId } from './graphUnits';
export { childrenOf, descendantsOf } from './graphNavigation';

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
  const forUnits: ObjectiveKrs[] = [];

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
    const statusKrs = statusKeyResults(krs, input, input.status);
    forUnits.push({ ownerId: o.ownerId, krs: statusKrs });
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
      status: objectiveStatus(statusKrs, input.status),
      confidence: mean(krs.flatMap((k) => (k.confidence == null ? [] : [k.confidence]))),
      keyResultCount: krs.length,
      type: o.type,
      planState: o.planState,
      orphan,
      broken,
      // Always present (undefined when none), so the map's node cache sees a link come and go.
      kpiIds: o.kpiIds,
    });
    if (!showKrs) return;
    krs.forEach((kr, k) => {
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
        status: statusKrs[k]!.status,
        confidence: kr.confidence,
        keyResultCount: 0,
        type: null,
        planState: null,
        orphan: false,
        broken: null,
      });
    });
  });

  const loopEdges = cutLoops(nodes, brokenLinks, objById);
  return {
    nodes: orderDepthFirst(nodes, order),
    edges: edgesOf(nodes, objById, showKrs, loopEdges),
    orphans,
    brokenLinks,
    levelCounts,
    units: unitGroupsOf(input.orgUnits, forUnits, input.status),
  };
}
