import { addDays, parseISO, startOfWeek } from 'date-fns';
import { toIsoDate } from '../domain/cycle';
import { forecastKeyResult } from '../domain/forecast';
import { checkInAt, confidenceAt, keyResultAt, sortCheckIns } from '../domain/history';
import type { CheckIn, Initiative, KeyResult } from '../domain/model';
import { flattenOrgTree, subtreeIds } from '../domain/org';
import { keyResultProgress, objectiveProgress } from '../domain/progress';
import { DEFAULT_STALE_DAYS, daysSinceCheckIn } from '../domain/staleness';
import { keyResultStatus, stalenessInput, type StatusContext } from '../domain/status';
import { DEFAULT_PREFERENCES, type Weekday } from '../domain/settings';

import type {
  RiskReason,
  WeeklyEntry,
  WeeklyKeyResult,
  WeeklyObjective,
  WeeklyPriority,
  WeeklyReport,
  WeeklyReportInput,
  WeeklyRisk,
} from './weeklyModel';

export type * from './weeklyModel';

/**
 * The weekly report (the method's "improve your weekly report with OKR"): for a person or a
 * team subtree and one week, what moved since last week, what was done, this week's
 * priorities in priority then date order, and what stands in the way. A pure function over
 * rows the caller fetched by index, so the app and the benchmark build it the same way.
 */

/**
 * The week around `day`, from the first day of the week (Settings; Monday unless told) to
 * six days later, and the day before it (the end of "last week").
 */
export function weekAround(
  day: string,
  weekStartsOn: Weekday = DEFAULT_PREFERENCES.weekStartsOn,
): WeeklyReport['week'] {
  const first = startOfWeek(parseISO(day), { weekStartsOn });
  return {
    start: toIsoDate(first),
    end: toIsoDate(addDays(first, 6)),
    previousEnd: toIsoDate(addDays(first, -1)),
  };
}

const localDay = (stamp: string): string => toIsoDate(parseISO(stamp));

const byPriorityThenDue = (a: Initiative, b: Initiative): number =>
  a.priority - b.priority ||
  (a.dueDate ?? '\uffff').localeCompare(b.dueDate ?? '\uffff') ||
  a.title.localeCompare(b.title);

export function buildWeeklyReport(input: WeeklyReportInput): WeeklyReport {
  const { cycle, today } = input;
  const week = weekAround(input.week, input.weekStartsOn);
  const asOf = week.end < today ? week.end : today;
  const staleDays = input.staleDays ?? DEFAULT_STALE_DAYS;
  const live = <T extends { deletedAt?: string | null }>(r: T) => !r.deletedAt;

  const unitsById = new Map(input.units.map((u) => [u.id, u]));
  const scope = subtreeIds(input.units, input.subjectId);
  const subject = unitsById.get(input.subjectId);
  const treeOrder = new Map(flattenOrgTree(input.units).map((r, i) => [r.unit.id, i]));

  const objectives = new Map(
    input.objectives.filter((o) => live(o) && o.cycleId === cycle.id).map((o) => [o.id, o]),
  );
  const krs = input.keyResults.filter((kr) => {
    const o = objectives.get(kr.objectiveId);
    return live(kr) && o && (scope.has(kr.ownerId) || scope.has(o.ownerId));
  });
  const krIds = new Set(krs.map((k) => k.id));

  const historyByKr = new Map<string, CheckIn[]>();
  for (const c of input.checkIns) {
    if (c.deletedAt || !krIds.has(c.keyResultId)) continue;
    const list = historyByKr.get(c.keyResultId);
    if (list) list.push(c);
    else historyByKr.set(c.keyResultId, [c]);
  }
  for (const [id, list] of historyByKr) historyByKr.set(id, sortCheckIns(list));

  const statusContext: StatusContext = { cycle, today: asOf, staleDays };
  const inWeek = (at: string) => at >= week.start && at <= week.end;
  const rows = new Map<string, WeeklyKeyResult>();
  const atNow = new Map<string, KeyResult>();
  const atBefore = new Map<string, KeyResult>();
  for (const kr of krs) {
    const history = historyByKr.get(kr.id) ?? [];
    const now = keyResultAt(kr, history, asOf);
    const before = keyResultAt(kr, history, week.previousEnd);
    atNow.set(kr.id, now);
    atBefore.set(kr.id, before);
    const last = checkInAt(history, asOf);
    const statusInput = { kr: now, lastCheckInAt: last?.at ?? null };
    const status = keyResultStatus(statusInput, statusContext);
    rows.set(kr.id, {
      id: kr.id,
      title: kr.title,
      kind: kr.kind,
      unit: kr.unit,
      target: kr.target,
      milestoneCount: kr.milestones.length,
      value: now.current,
      valueBefore: before.current,
      confidence: confidenceAt(history, asOf),
      confidenceBefore: confidenceAt(history, week.previousEnd),
      progress: keyResultProgress(now),
      progressBefore: keyResultProgress(before),
      status,
      stale: status === 'stale',
      daysSinceCheckIn: daysSinceCheckIn(stalenessInput(statusInput, statusContext)),
      checkedInThisWeek: history.some((c) => inWeek(c.at) && c.at <= asOf),
      forecast: forecastKeyResult(kr, history, cycle, asOf),
    });
  }

  const krsByObjective = new Map<string, KeyResult[]>();
  for (const kr of [...krs].sort((a, b) => a.rank - b.rank)) {
    krsByObjective.set(kr.objectiveId, [...(krsByObjective.get(kr.objectiveId) ?? []), kr]);
  }
  const objectiveRows: WeeklyObjective[] = [...krsByObjective.keys()]
    .map((id) => objectives.get(id)!)
    .concat(
      [...objectives.values()].filter((o) => scope.has(o.ownerId) && !krsByObjective.has(o.id)),
    )
    .sort(
      (a, b) =>
        (treeOrder.get(a.ownerId) ?? Infinity) - (treeOrder.get(b.ownerId) ?? Infinity) ||
        (a.rank || Infinity) - (b.rank || Infinity) ||
        a.createdAt.localeCompare(b.createdAt),
    )
    .map((o) => {
      const list = krsByObjective.get(o.id) ?? [];
      return {
        id: o.id,
        title: o.title,
        ownerName: unitsById.get(o.ownerId)?.name ?? '',
        progress: objectiveProgress(list.map((kr) => atNow.get(kr.id)!)),
        progressBefore: objectiveProgress(list.map((kr) => atBefore.get(kr.id)!)),
        keyResults: list.map((kr) => rows.get(kr.id)!),
      };
    });

  const title = (id: string) => rows.get(id)?.title ?? '';
  const initiatives = input.initiatives.filter((i) => live(i) && krIds.has(i.keyResultId));
  const doneInitiatives: WeeklyEntry[] = initiatives
    .filter((i) => i.done && inWeek(localDay(i.updatedAt)) && localDay(i.updatedAt) <= asOf)
    .map((i) => ({
      at: localDay(i.updatedAt),
      keyResultId: i.keyResultId,
      keyResult: title(i.keyResultId),
      text: i.title,
    }))
    .sort((a, b) => a.at.localeCompare(b.at) || a.text.localeCompare(b.text));

  const weekCheckIns = [...historyByKr.values()].flat().filter((c) => inWeek(c.at) && c.at <= asOf);
  weekCheckIns.sort((a, b) => a.at.localeCompare(b.at) || a.createdAt.localeCompare(b.createdAt));
  const entry = (c: CheckIn, text: string): WeeklyEntry => ({
    at: c.at,
    keyResultId: c.keyResultId,
    keyResult: title(c.keyResultId),
    text: text.trim(),
  });
  const notes = weekCheckIns.filter((c) => c.note.trim()).map((c) => entry(c, c.note));
  const seen = new Set<string>();
  const blockers = weekCheckIns
    .filter((c) => c.blockers.trim())
    .map((c) => entry(c, c.blockers))
    .filter((e) => {
      const k = `${e.keyResultId}\n${e.text}`;
      return seen.has(k) ? false : (seen.add(k), true);
    });

  const priorities: WeeklyPriority[] = initiatives
    .filter((i) => !i.done)
    .sort(byPriorityThenDue)
    .slice(0, input.maxPriorities ?? 10)
    .map((i) => ({
      id: i.id,
      title: i.title,
      priority: i.priority,
      dueDate: i.dueDate,
      overdue: !!i.dueDate && i.dueDate < asOf,
      keyResult: title(i.keyResultId),
    }));

  const risks: WeeklyRisk[] = [];
  for (const o of objectiveRows)
    for (const kr of o.keyResults) {
      const reasons: RiskReason[] = [];
      if (kr.stale) reasons.push({ kind: 'stale', days: kr.daysSinceCheckIn });
      else if (kr.status === 'atRisk' || kr.status === 'offTrack')
        reasons.push({ kind: 'status', status: kr.status });
      if (kr.forecast?.kind === 'trend' && kr.forecast.atRisk)
        reasons.push({ kind: 'forecast', projected: kr.forecast.projected, end: kr.forecast.end });
      if (reasons.length) risks.push({ keyResultId: kr.id, keyResult: kr, reasons });
    }

  const all = [...rows.values()];
  return {
    subject: { id: input.subjectId, name: subject?.name ?? '', kind: subject?.kind ?? 'person' },
    cycle: { id: cycle.id, name: cycle.name, start: cycle.start, end: cycle.end },
    week,
    asOf,
    objectives: objectiveRows,
    done: { initiatives: doneInitiatives, notes },
    priorities,
    problems: { blockers, risks },
    counts: {
      keyResults: all.length,
      checkedIn: all.filter((k) => k.checkedInThisWeek).length,
      stale: all.filter((k) => k.stale).length,
      atRisk: risks.length,
    },
  };
}
