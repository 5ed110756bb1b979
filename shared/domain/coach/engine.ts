import { buildContext, keyResultsOfId, type CoachContext } from './context';
import { planHealth } from './health';
import type { Rule } from './rule';
import { CARD_RULE_IDS, CYCLE_RULES, KEY_RESULT_RULES, OBJECTIVE_RULES } from './rules';
import type {
  CoachDismissal,
  CoachInput,
  CoachKeyResult,
  CoachObjective,
  DismissedFinding,
  Finding,
  Severity,
  SubjectKind,
} from './types';

export interface CoachReport {
  /** Open findings, most severe first. */
  findings: Finding[];
  /** Findings someone dismissed with a reason: kept, not counted. */
  dismissed: DismissedFinding[];
  /** Plan health 0–100 over the open findings. */
  health: number;
}

function apply<K extends SubjectKind>(
  rules: readonly Rule<K>[],
  subject: Parameters<Rule<K>['check']>[0] & { id: string; title?: string; name?: string },
  kind: K,
  objectiveId: string | null,
  ctx: CoachContext,
  only: ReadonlySet<string> | null,
  out: Finding[],
): void {
  for (const rule of rules) {
    if (only && !only.has(rule.id)) continue;
    const issue = rule.check(subject, ctx);
    if (!issue) continue;
    const finding: Finding = {
      ruleId: rule.id,
      severity: issue.severity ?? rule.severity,
      subject: { kind, id: subject.id, title: subject.title ?? subject.name ?? '' },
      objectiveId,
      message: issue.message,
      fix: issue.fix,
      principle: rule.principle,
    };
    if (issue.suggestion) finding.suggestion = issue.suggestion;
    out.push(finding);
  }
}

interface Scope {
  objectives?: readonly CoachObjective[];
  keyResults?: readonly CoachKeyResult[];
  cycle?: boolean;
  rules?: readonly string[];
}

function runRules(ctx: CoachContext, scope: Scope): Finding[] {
  const out: Finding[] = [];
  const only = scope.rules ? new Set(scope.rules) : null;
  for (const o of scope.objectives ?? [])
    apply(OBJECTIVE_RULES, o, 'objective', o.id, ctx, only, out);
  for (const kr of scope.keyResults ?? [])
    apply(KEY_RESULT_RULES, kr, 'keyResult', kr.objectiveId, ctx, only, out);
  if (scope.cycle && ctx.cycle) apply(CYCLE_RULES, ctx.cycle, 'cycle', null, ctx, only, out);
  return out;
}

/**
 * Every objective of the run and, right after it, its key results: their rules read the same
 * titles and facts (an objective's rules read its key results' titles, a key result's read its
 * objective's and its siblings'), which are then still at hand. The engine tells the rules where
 * each subject sits (`ctx.at`, see context). Findings come out as the plain order would have them:
 * objectives' in input order, then key results' in input order. Pauses after every `batch`
 * objectives (see coachCycleSteps).
 */
function* wholePlan(
  ctx: CoachContext,
  only: ReadonlySet<string> | null,
  out: Finding[],
  batch: number,
): Generator<void, void, void> {
  const { objectives, keyResults, keyResultStart, keyResultPlaces, objectiveOfKeyResult } = ctx.run;
  const found: Finding[] = [];
  const foundAt: number[] = [];
  let inOrder = true;
  const keyResult = (j: number): void => {
    const kr = keyResults[j]!;
    ctx.at.keyResult = j;
    const before = found.length;
    apply(KEY_RESULT_RULES, kr, 'keyResult', kr.objectiveId, ctx, only, found);
    if (found.length === before) return;
    if (foundAt.length && foundAt[foundAt.length - 1]! > j) inOrder = false;
    for (let n = before; n < found.length; n++) foundAt.push(j);
  };
  for (let i = 0; i < objectives.length; i++) {
    const o = objectives[i]!;
    ctx.at.objective = i;
    apply(OBJECTIVE_RULES, o, 'objective', o.id, ctx, only, out);
    for (let n = keyResultStart[i]!; n < keyResultStart[i + 1]!; n++)
      keyResult(keyResultPlaces[n]!);
    if ((i + 1) % batch === 0) yield;
  }
  // Key results whose objective is not in the run.
  ctx.at.objective = -1;
  for (let j = 0; j < keyResults.length; j++) if (objectiveOfKeyResult[j]! < 0) keyResult(j);
  ctx.at.keyResult = -1;
  if (inOrder) {
    for (const f of found) out.push(f);
    return;
  }
  const order = found.map((_, n) => n).sort((a, b) => foundAt[a]! - foundAt[b]! || a - b);
  for (const n of order) out.push(found[n]!);
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Splits findings into open (most severe first, stable) and dismissed, by the input's dismissals. */
function sortOut(
  findings: Finding[],
  input: CoachInput,
): { open: Finding[]; dismissed: DismissedFinding[] } {
  const dismissals = new Map<string, CoachDismissal>();
  for (const d of input.dismissals ?? []) dismissals.set(`${d.subjectId} ${d.ruleId}`, d);
  // Three severities: one bucket each keeps the order within a severity (a stable sort) in one
  // pass, where a comparison sort of a whole plan's thousands of findings costs several.
  const bySeverity: Finding[][] = [[], [], []];
  const dismissed: DismissedFinding[] = [];
  for (const f of findings) {
    const d = dismissals.size ? dismissals.get(`${f.subject.id} ${f.ruleId}`) : undefined;
    if (d) dismissed.push({ ...f, dismissal: { id: d.id, reason: d.reason } });
    else bySeverity[SEVERITY_ORDER[f.severity]]!.push(f);
  }
  return { open: bySeverity.flat(), dismissed };
}

/** The coach over a whole cycle: every rule on every objective, key result and the cycle itself. */
export function coachCycle(input: CoachInput): CoachReport {
  const steps = coachCycleSteps(input, Infinity);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * coachCycle in steps, for a caller that must not hold its thread through a whole big plan (tens
 * of milliseconds for 20,000 objectives and key results): the first step indexes the plan, each
 * next one coaches up to `batch` objectives with their key results, and the generator returns
 * the report coachCycle gives.
 */
export function* coachCycleSteps(
  input: CoachInput,
  batch = 100,
): Generator<void, CoachReport, void> {
  const ctx = buildContext(input);
  yield;
  const findings: Finding[] = [];
  yield* wholePlan(ctx, null, findings, batch);
  if (ctx.cycle) apply(CYCLE_RULES, ctx.cycle, 'cycle', null, ctx, null, findings);
  const { open, dismissed } = sortOut(findings, input);
  const health = planHealth(
    open,
    input.objectives.map((o) => o.id),
  );
  return { findings: open, dismissed, health };
}

/** The open findings of a whole cycle, most severe first. */
export const runCoach = (input: CoachInput): Finding[] => coachCycle(input).findings;

/** What the live coach may know around the thing being typed; everything is optional. */
export interface LiveScope extends Partial<Omit<CoachInput, 'objectives' | 'live'>> {
  /** The other objectives of the cycle (for ranks, alignment levels, counts per owner). */
  siblings?: readonly CoachObjective[];
  /** Run only these rules (by id). */
  rules?: readonly string[];
  /** Default true: blank fields of a form are not reported as missing. */
  live?: boolean;
}

function liveInput(scope: LiveScope, objectives: CoachObjective[]): CoachInput {
  return {
    ...scope,
    cycle: scope.cycle ?? null,
    objectives,
    today: scope.today ?? '',
    live: scope.live ?? true,
  };
}

/** Findings about one objective (not its key results), for a form or a detail pane. */
export function coachObjective(objective: CoachObjective, scope: LiveScope = {}): Finding[] {
  const others = (scope.siblings ?? []).filter((o) => o.id !== objective.id);
  const input = liveInput(scope, [objective, ...others]);
  const ctx = buildContext(input);
  return sortOut(runRules(ctx, { objectives: [objective], rules: scope.rules }), input).open;
}

/** Findings about one key result, for the key-result form while it is typed. */
export function coachKeyResult(keyResult: CoachKeyResult, scope: LiveScope = {}): Finding[] {
  const others = (scope.keyResults ?? []).filter((k) => k.id !== keyResult.id);
  const input = {
    ...liveInput(scope, [...(scope.siblings ?? [])]),
    keyResults: [keyResult, ...others],
  };
  const ctx = buildContext(input);
  return sortOut(runRules(ctx, { keyResults: [keyResult], rules: scope.rules }), input).open;
}

/**
 * One objective and its key results within their whole cycle (so counts, ranks and alignment
 * levels are right), e.g. for the detail pane while its title is edited.
 */
export function coachObjectiveInCycle(
  input: CoachInput,
  objectiveId: string,
): { findings: Finding[]; dismissed: DismissedFinding[] } {
  const ctx = buildContext(input);
  const objectives = input.objectives.filter((o) => o.id === objectiveId);
  const keyResults = keyResultsOfId(ctx, objectiveId);
  const { open, dismissed } = sortOut(runRules(ctx, { objectives, keyResults }), input);
  return { findings: open, dismissed };
}

/**
 * What a card or a node can say about one objective from itself and its own key results (their
 * wording and the shape of the set), without loading the cycle: the findings badge.
 */
export function coachObjectiveCard(
  objective: CoachObjective,
  keyResults: readonly CoachKeyResult[],
  scope: Pick<LiveScope, 'cycle' | 'today' | 'rules'> = {},
): Finding[] {
  const input: CoachInput = {
    cycle: scope.cycle ?? null,
    objectives: [objective],
    keyResults,
    today: scope.today ?? '',
    live: true,
  };
  const ctx = buildContext(input);
  const rules = scope.rules ?? CARD_RULE_IDS;
  return sortOut(runRules(ctx, { objectives: [objective], keyResults, rules }), input).open;
}
