import type {
  Alignment,
  CycleKind,
  CycleState,
  KrKind,
  ObjectiveType,
  OrgKind,
  PlanState,
} from '../model';

/** How much a finding matters: an error breaks the method, a warning weakens it, info is advice. */
export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export type SubjectKind = 'objective' | 'keyResult' | 'cycle';

/** Where a rule comes from in the method: a branch of the map and one of its leaves, verbatim. */
export interface Principle {
  branch: string;
  leaf: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  subject: { kind: SubjectKind; id: string; title: string };
  /** The objective the finding belongs to (itself, or the key result's objective); null for a cycle. */
  objectiveId: string | null;
  /** What is wrong, in one line. */
  message: string;
  /** What to do about it, in one line. */
  fix: string;
  principle: Principle;
  /** A value the coach read from the text and offers to fill in, e.g. a due date named in a title. */
  suggestion?: { dueDate?: string };
}

/** A finding set aside by someone, with why. Dismissed findings are kept, not shown as open. */
export interface DismissedFinding extends Finding {
  dismissal: { id: string; reason: string };
}

/*
 * What the coach reads. Every field beyond the ids and titles is optional, so partial data (an
 * import, a form half filled in) can be coached: a rule that lacks what it needs stays silent,
 * and a rule about missing data reports it.
 */

export interface CoachCycle {
  id: string;
  name?: string;
  kind?: CycleKind;
  start?: string | null;
  end?: string | null;
  state?: CycleState;
}

export interface CoachObjective {
  id: string;
  title: string;
  cycleId?: string;
  ownerId?: string | null;
  type?: ObjectiveType;
  /** 1 = most important; 0 or missing = not ranked. */
  rank?: number | null;
  planState?: PlanState;
  alignedTo?: Alignment | null;
  createdAt?: string;
}

export interface CoachKeyResult {
  id: string;
  objectiveId: string;
  title: string;
  kind?: KrKind;
  start?: number | null;
  /** null while a form's target field is still empty. */
  target?: number | null;
  current?: number | null;
  unit?: string | null;
  dueDate?: string | null;
  ownerId?: string | null;
  milestones?: readonly { done: boolean }[];
  /** Share of the objective this result carries; missing or all equal: the same for each. */
  weight?: number;
  createdAt?: string;
}

/** Something an objective is aligned to that lives outside the coached cycle (or is gone). */
export interface AlignmentTarget {
  id: string;
  kind: 'objective' | 'keyResult';
  /** The state of the cycle it lives in. */
  cycleState: CycleState;
  cycleName?: string;
  ownerId?: string | null;
}

export interface CoachOrgUnit {
  id: string;
  kind: OrgKind;
  name?: string;
  parentId?: string | null;
}

export interface CoachDismissal {
  id: string;
  ruleId: string;
  subjectId: string;
  reason: string;
}

export interface CoachInput {
  cycle: CoachCycle | null;
  /** How dates in findings read (a locale tag); missing or '' is the system's. */
  locale?: string;
  objectives: readonly CoachObjective[];
  keyResults?: readonly CoachKeyResult[];
  /** Missing: owner kinds are unknown, so owner and alignment rules only check that an owner is set. */
  orgUnits?: readonly CoachOrgUnit[];
  checkIns?: readonly { keyResultId: string; at: string }[];
  /** Check-ins before this date (yyyy-MM-dd) were not loaded: silence before it is unknown. */
  checkInsFrom?: string;
  /** Scores given at review; a closed cycle without them was never evaluated. */
  scores?: readonly { keyResultId: string }[];
  /** Half- and year-long cycles with their objectives, for the short-term rule. */
  longerCycles?: readonly { cycle: CoachCycle; objectives: readonly CoachObjective[] }[];
  dismissals?: readonly CoachDismissal[];
  /**
   * What objectives of this cycle are aligned to when it is not in the cycle: objectives and key
   * results of other cycles. Missing: alignment across cycles is not checked.
   */
  alignmentTargets?: readonly AlignmentTarget[];
  /** Mean scores of earlier closed cycles of the same organisation, oldest first. */
  pastScores?: readonly { cycleId: string; name?: string; mean: number }[];
  /** Today, yyyy-MM-dd. */
  today: string;
  /** Live coaching of a form: fields not filled in yet are not reported as missing. */
  live?: boolean;
}

/** What a rule says about one subject; the engine adds the rule's id, principle and subject. */
export interface Issue {
  message: string;
  fix: string;
  severity?: Severity;
  suggestion?: Finding['suggestion'];
}
