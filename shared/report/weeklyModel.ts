import type { Weekday } from '../domain/settings';
import type { ForecastResult } from '../domain/forecast';
import type { CheckIn, Cycle, Initiative, KeyResult, Objective, OrgUnit } from '../domain/model';
import type { Status } from '../domain/status';

/** The weekly report's input rows and its model; built by `buildWeeklyReport` in ./weekly. */

export interface WeeklyReportInput {
  /** The person or team (with everything below it) the report is about. */
  subjectId: string;
  units: readonly OrgUnit[];
  cycle: Cycle;
  /** Any day of the week to report on. */
  week: string;
  /** The first day of the week (0 = Sunday); Monday when absent. */
  weekStartsOn?: Weekday;
  /** Today (yyyy-MM-dd): a week still running is reported as of today. */
  today: string;
  /** Rows of the cycle; anything outside the subject's scope is left out here. */
  objectives: readonly Objective[];
  keyResults: readonly KeyResult[];
  /** Check-ins of those key results, in any order, with or without deleted ones. */
  checkIns: readonly CheckIn[];
  initiatives: readonly Initiative[];
  staleDays?: number;
  /** How many open initiatives make "this week's priorities" (default 10). */
  maxPriorities?: number;
}

export interface WeeklyKeyResult {
  id: string;
  title: string;
  kind: KeyResult['kind'];
  unit: string;
  target: number;
  milestoneCount: number;
  value: number;
  valueBefore: number;
  confidence: number | null;
  confidenceBefore: number | null;
  progress: number;
  progressBefore: number;
  status: Status;
  stale: boolean;
  daysSinceCheckIn: number;
  checkedInThisWeek: boolean;
  forecast: ForecastResult | null;
}

export interface WeeklyObjective {
  id: string;
  title: string;
  ownerName: string;
  progress: number;
  progressBefore: number;
  keyResults: WeeklyKeyResult[];
}

export interface WeeklyEntry {
  at: string;
  keyResultId: string;
  keyResult: string;
  text: string;
}

export interface WeeklyPriority {
  id: string;
  title: string;
  priority: number;
  dueDate: string | null;
  overdue: boolean;
  keyResult: string;
}

export type RiskReason =
  | { kind: 'stale'; days: number }
  | { kind: 'status'; status: 'atRisk' | 'offTrack' }
  | { kind: 'forecast'; projected: number; end: string };

export interface WeeklyRisk {
  keyResultId: string;
  keyResult: WeeklyKeyResult;
  reasons: RiskReason[];
}

export interface WeeklyReport {
  subject: { id: string; name: string; kind: OrgUnit['kind'] };
  cycle: { id: string; name: string; start: string; end: string };
  week: { start: string; end: string; previousEnd: string };
  /** The day "now" values are read on: the week's Sunday, or today while the week runs. */
  asOf: string;
  objectives: WeeklyObjective[];
  done: { initiatives: WeeklyEntry[]; notes: WeeklyEntry[] };
  priorities: WeeklyPriority[];
  problems: { blockers: WeeklyEntry[]; risks: WeeklyRisk[] };
  counts: { keyResults: number; checkedIn: number; stale: number; atRisk: number };
}
