import { addDays, differenceInCalendarDays } from 'date-fns';
import { parseDate, toIsoDate } from './cycle';
import type {
  CheckIn,
  Cycle,
  KeyResult,
  KrKind,
  Milestone,
  Objective,
  ObjectiveType,
  OrgUnit,
} from './model';
import { DEFAULT_STALE_DAYS } from './staleness';

/**
 * The shape of resources/sample-workspace.json: an org and OKRs whose history is told week by
 * week of the quarter, with no dates, so the sample can be laid out on any cycle and any day.
 */
export interface SampleSpec {
  company: string;
  units: { key: string; kind: OrgUnit['kind']; name: string; parent: string | null }[];
  objectives: {
    key: string;
    /** A unit's key; null is the company, "me" the person made for the user on first launch. */
    owner: string | null;
    type: ObjectiveType;
    alignedTo: string | null;
    title: string;
    description: string;
    keyResults: SampleKeyResult[];
  }[];
}

export interface SampleKeyResult {
  key: string;
  title: string;
  kind: KrKind;
  start: number;
  target: number;
  unit: string;
  /** The value in each week of the cycle (week 0 first); the last one holds after the list. */
  weekly: number[];
  /** Days between the weekly check-in and today: people do not all check in the same day. */
  lag: number;
  confidence: number;
  /** Milestone titles; a check-in's value is how many of them are reached, in order. */
  milestones?: string[];
  /** Nobody has checked in for longer than the stale-after days: the one honest stale result. */
  silent?: boolean;
  lastNote?: string;
  lastBlockers?: string;
}

export interface SampleRecords {
  orgUnits: OrgUnit[];
  cycles: Cycle[];
  objectives: Objective[];
  keyResults: KeyResult[];
  checkIns: CheckIn[];
}

export interface SampleTarget {
  companyId: string;
  /** The user's own person; without one, the objectives the sample gives "me" are left out. */
  meId: string | null;
  cycle: Pick<Cycle, 'id' | 'start' | 'end'>;
  staleDays?: number;
}

/** How much longer than the stale-after days the silent key result has gone without a word. */
const SILENCE_BEYOND_STALE = 10;

/**
 * The dates of one key result's check-ins: every seven days back from `lag` days before today
 * (or the cycle's last day, if it is over), never before the cycle starts.
 */
function checkInDays(cycle: SampleTarget['cycle'], today: string, lag: number): string[] {
  const last = today < cycle.end ? today : cycle.end;
  const days: string[] = [];
  for (let d = addDays(parseDate(last), -lag); toIsoDate(d) >= cycle.start; d = addDays(d, -7))
    days.unshift(toIsoDate(d));
  return days;
}

/**
 * Builds the sample workspace inside `target.cycle` as it would stand on `today`: weekly
 * check-ins up to this week, none before the cycle starts or after today, and one key result
 * silent for longer than the stale-after days, so the sample looks like a live quarter
 * whatever the day it is loaded.
 */
export function buildSample(
  spec: SampleSpec,
  target: SampleTarget,
  today: Date,
  newId: () => string,
  stamp: string,
): SampleRecords {
  const { companyId, meId, cycle } = target;
  const todayIso = toIsoDate(today);
  const silence = (target.staleDays ?? DEFAULT_STALE_DAYS) + SILENCE_BEYOND_STALE;
  const base = { createdAt: stamp, updatedAt: stamp };
  const ids = new Map<string, string>();
  const idOf = (key: string): string => {
    let v = ids.get(key);
    if (!v) ids.set(key, (v = newId()));
    return v;
  };
  const orgUnits: OrgUnit[] = spec.units.map((u) => ({
    id: idOf(u.key),
    kind: u.kind,
    name: u.name,
    parentId: u.parent ? idOf(u.parent) : companyId,
    ...base,
  }));
  const objectives: Objective[] = [];
  const keyResults: KeyResult[] = [];
  const checkIns: CheckIn[] = [];
  const krKeys = new Set(spec.objectives.flatMap((o) => o.keyResults.map((k) => k.key)));
  const rankOf = new Map<string, number>();
  for (const o of spec.objectives) {
    const ownerId = o.owner === 'me' ? meId : o.owner ? idOf(o.owner) : companyId;
    if (!ownerId) continue;
    const rank = (rankOf.get(ownerId) ?? 0) + 1;
    rankOf.set(ownerId, rank);
    objectives.push({
      id: idOf(o.key),
      cycleId: cycle.id,
      ownerId,
      title: o.title,
      description: o.description,
      type: o.type,
      rank,
      planState: 'published',
      alignedTo: o.alignedTo
        ? { kind: krKeys.has(o.alignedTo) ? 'keyResult' : 'objective', id: idOf(o.alignedTo) }
        : null,
      carriedFromId: null,
      ...base,
    });
    o.keyResults.forEach((k, i) => {
      const valueOn = (day: string): number => {
        const week = Math.floor(
          differenceInCalendarDays(parseDate(day), parseDate(cycle.start)) / 7,
        );
        return k.weekly[Math.min(week, k.weekly.length - 1)]!;
      };
      const quietSince = toIsoDate(addDays(today, -silence));
      const days = k.weekly.length
        ? checkInDays(cycle, todayIso, k.lag).filter((d) => !k.silent || d <= quietSince)
        : [];
      const rows: CheckIn[] = days.map((at, n) => ({
        id: newId(),
        keyResultId: idOf(k.key),
        ownerId,
        at,
        value: valueOn(at),
        confidence: k.confidence,
        note: n === days.length - 1 ? (k.lastNote ?? '') : '',
        blockers: n === days.length - 1 ? (k.lastBlockers ?? '') : '',
        createdAt: stamp,
      }));
      const last = rows[rows.length - 1];
      const current = last ? last.value : k.start;
      const milestones: Milestone[] = (k.milestones ?? []).map((title, m) => ({
        id: newId(),
        title,
        done: m < current,
      }));
      keyResults.push({
        id: idOf(k.key),
        objectiveId: idOf(o.key),
        cycleId: cycle.id,
        ownerId,
        title: k.title,
        kind: k.kind,
        start: k.start,
        target: k.kind === 'milestones' ? milestones.length : k.target,
        current,
        unit: k.unit,
        weight: 1,
        dueDate: null,
        confidence: last ? k.confidence : null,
        milestones,
        rank: i + 1,
        ...base,
      });
      checkIns.push(...rows);
    });
  }
  return { orgUnits, cycles: [], objectives, keyResults, checkIns };
}
