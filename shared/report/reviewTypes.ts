import type {
  CheckIn,
  Cycle,
  KeyResult,
  KrKind,
  Objective,
  ObjectiveType,
  OrgKind,
  OrgUnit,
  Retro,
  Score,
} from '../domain/model';
import type { SeriesPoint } from '../domain/history';
import type { Kpi, KpiCheckIn } from '../domain/kpiModel';
import type { ReportKpis } from './reviewKpis';
import type { Band, Expectation } from '../domain/review';
import type { Status } from '../domain/status';

/** The shapes of the review report: its input and the model every renderer reads. */

export interface ReviewReportInput {
  cycle: Cycle;
  /** The org unit whose subtree the report covers; null for everyone. */
  scopeUnitId: string | null;
  orgUnits: readonly OrgUnit[];
  /** Live objectives, key results, check-ins, scores and retrospectives of the cycle. */
  objectives: readonly Objective[];
  keyResults: readonly KeyResult[];
  /** Read when the first key result series is: leave the array as it is while the report lives. */
  checkIns: readonly CheckIn[];
  scores: readonly Score[];
  retros: readonly Retro[];
  /** ISO timestamp printed on the cover. */
  generatedAt: string;
  /** The day statuses are read for (yyyy-MM-dd); the day of `generatedAt` when left out. */
  today?: string;
  /** The stale-after setting, in days (default 14). */
  staleDays?: number;
  /** The KPIs the objectives link to (`Objective.kpiIds`) and their check-ins; none if left out. */
  kpis?: readonly Kpi[];
  kpiCheckIns?: readonly KpiCheckIn[];
}

export interface RetroText {
  wentWell: string;
  missed: string;
  lessons: string;
  nextSteps: string;
}

export interface ReportKeyResult {
  id: string;
  title: string;
  kind: KrKind;
  start: number;
  target: number;
  current: number;
  unit: string;
  /** Milestones only: how many there are; `current` is then how many are done. */
  milestoneCount: number;
  weight: number;
  progress: number;
  proposed: number;
  score: number;
  /** True when someone set the score; false when it is the proposed one. */
  scoreSet: boolean;
  reason: string;
  band: Band;
  /** Its status on the report's day, from the one rule (status.ts): the band once closed. */
  status: Status;
  /**
   * Values over the cycle, oldest first, starting from the start value. Worked out when first
   * read (see lazyField.ts), from the check-ins: the Markdown export never reads them.
   */
  series: SeriesPoint[];
  /** Where the value should have gone by time elapsed; null for kinds without a path. */
  expected: { from: SeriesPoint; to: SeriesPoint } | null;
  dueDate: string | null;
}

export interface ReportObjective {
  id: string;
  title: string;
  description: string;
  type: ObjectiveType;
  ownerId: string;
  ownerName: string;
  ownerKind: OrgKind | null;
  /** Title of what it aligns to, when that is in this cycle. */
  alignedTo: string | null;
  carried: boolean;
  score: number | null;
  band: Band | null;
  expectation: Expectation | null;
  /** Its status on the report's day (status.ts); null without key results. */
  status: Status | null;
  keyResults: ReportKeyResult[];
  /**
   * Progress (0–1) over the cycle, a point on each day a key result moved. Worked out when
   * first read (see lazyField.ts): only the charts need it; the Markdown export never reads it.
   */
  progressSeries: SeriesPoint[];
  retro: RetroText | null;
}

export interface BandCounts {
  green: number;
  yellow: number;
  red: number;
  /** Objectives without key results: nothing to score. */
  unscored: number;
}

export interface UnitSummary {
  unitId: string;
  name: string;
  kind: OrgKind;
  depth: number;
  objectives: number;
  average: number | null;
  bands: BandCounts;
}

export interface TypeSummary {
  type: ObjectiveType;
  objectives: number;
  average: number | null;
  /** Committed: scored 1.0. Aspirational: 0.6 or more. */
  meetingExpectation: number;
}

export interface OutlineRow {
  objectiveId: string;
  depth: number;
  title: string;
  ownerName: string;
  score: number | null;
  band: Band | null;
  /** For a top row: the objective outside the scope it supports, if any. */
  supports: string | null;
}

export interface Lesson {
  /** The objective the lesson comes from, or the unit whose cycle retrospective it is. */
  source: string;
  text: string;
}

export interface ReviewReport {
  cover: {
    title: string;
    cycleName: string;
    cycleStart: string;
    cycleEnd: string;
    cycleState: Cycle['state'];
    scopeName: string;
    scopeKind: OrgKind | null;
    generatedAt: string;
  };
  summary: {
    objectives: number;
    keyResults: number;
    /** Key results whose final score someone set (the rest carry the proposed one). */
    keyResultsScored: number;
    average: number | null;
    bands: BandCounts;
    /** Key results per score, 0.0 to 1.0 in steps of 0.1 (11 entries). */
    keyResultScores: { score: number; count: number }[];
    /** In org-tree order: the report never ranks people or teams by score. */
    byUnit: UnitSummary[];
    byType: TypeSummary[];
    postmortemsMissing: number;
    hint: string | null;
  };
  alignment: OutlineRow[];
  objectives: ReportObjective[];
  cycleRetro: RetroText | null;
  lessons: Lesson[];
  /** The KPIs the objectives were meant to move, with their health (reviewKpis.ts). */
  kpis: ReportKpis;
}
