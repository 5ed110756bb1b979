import { addDays } from 'date-fns';
import { cycleContaining, parseDate, toIsoDate } from './cycle';
import type { CheckIn, Cycle, KeyResult, KrKind, Objective, ObjectiveType, OrgUnit } from './model';

/** The shape of resources/sample-workspace.json: an org and OKRs with day offsets, no dates. */
export interface SampleSpec {
  company: string;
  units: { key: string; kind: OrgUnit['kind']; name: string; parent: string | null }[];
  objectives: {
    key: string;
    owner: string | null;
    type: ObjectiveType;
    alignedTo: string | null;
    title: string;
    description: string;
    keyResults: {
      key: string;
      title: string;
      kind: KrKind;
      start: number;
      target: number;
      unit: string;
      /** [days after the cycle start, value] */
      checkIns: [number, number][];
    }[];
  }[];
}

export interface SampleRecords {
  orgUnits: OrgUnit[];
  cycles: Cycle[];
  objectives: Objective[];
  keyResults: KeyResult[];
  checkIns: CheckIn[];
}

/**
 * Builds the sample workspace for the quarter containing `today`, under an existing company:
 * check-ins later than today are left out, so the sample always looks like a live quarter.
 */
export function buildSample(
  spec: SampleSpec,
  companyId: string,
  cycleId: string,
  today: Date,
  newId: () => string,
  stamp: string,
): SampleRecords {
  const q = cycleContaining('quarter', today);
  const todayIso = toIsoDate(today);
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
    const ownerId = o.owner ? idOf(o.owner) : companyId;
    const rank = (rankOf.get(ownerId) ?? 0) + 1;
    rankOf.set(ownerId, rank);
    objectives.push({
      id: idOf(o.key),
      cycleId,
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
      const past = k.checkIns
        .map(([day, value]) => ({ at: toIsoDate(addDays(parseDate(q.start), day)), value }))
        .filter((c) => c.at <= todayIso);
      const last = past[past.length - 1];
      keyResults.push({
        id: idOf(k.key),
        objectiveId: idOf(o.key),
        cycleId,
        ownerId,
        title: k.title,
        kind: k.kind,
        start: k.start,
        target: k.target,
        current: last ? last.value : k.start,
        unit: k.unit,
        weight: 1,
        dueDate: null,
        confidence: last ? 7 : null,
        milestones: [],
        rank: i + 1,
        ...base,
      });
      for (const c of past)
        checkIns.push({
          id: newId(),
          keyResultId: idOf(k.key),
          ownerId,
          at: c.at,
          value: c.value,
          confidence: 7,
          note: '',
          blockers: '',
          createdAt: stamp,
        });
    });
  }
  return { orgUnits, cycles: [], objectives, keyResults, checkIns };
}
