import type {
  Alignment,
  KeyResult,
  Objective,
  ObjectiveType,
  OrgKind,
  OrgUnit,
  PlanState,
} from './model';
import type { Status, StatusContext } from './status';

/** The shapes of the alignment graph: its input, nodes, edges and broken links. */

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
  /** An objective's links to the KPIs it is meant to move (Objective.kpiIds), if any. */
  kpiIds?: readonly string[] | undefined;
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
  /** Every company, department and team with what hangs below it (graphUnits.ts). */
  units: UnitGroup[];
}

/** An org unit as one group on the map: below the zoom floor, and as an empty lane. */
export interface UnitGroup {
  id: string;
  name: string;
  kind: Exclude<OrgKind, 'person'>;
  level: Level;
  /** The nearest unit above that is not a person (null for the top). */
  parentId: string | null;
  /** Objectives owned in its subtree, people included. */
  objectiveCount: number;
  /** Objectives the unit owns itself: none gives it an empty lane. */
  ownObjectiveCount: number;
  progress: number;
  status: Status | null;
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
  /** The cycle, day and stale-after setting the statuses are read for (status.ts). */
  status: StatusContext;
  /**
   * The latest check-in day (yyyy-MM-dd) of key results, on or before the day. Staleness only
   * needs the check-ins of the last stale-after days: a key result missing here had none then.
   */
  lastCheckIns?: ReadonlyMap<string, string>;
  /** Final scores set in review, by key result: a closed cycle's statuses are their bands. */
  finalScores?: ReadonlyMap<string, number>;
  /** Key results as child nodes (true) or folded into their objective (false, the default). */
  showKeyResults?: boolean;
  /** Alignment targets looked up outside the cycle, to say why a link is broken. */
  elsewhere?: ReadonlyMap<string, ElsewhereRecord>;
}
