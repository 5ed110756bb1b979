import type {
  Alignment,
  CheckIn,
  Cycle,
  KeyResult,
  Objective,
  OrgUnit,
} from '../../../shared/domain/model';
import { draftKeyResult, historyOf } from './keyResults';
import type { Org } from './org';
import { orderedIds, rng, type Rng } from './prng';
import { ANCHOR_DATE, type CycleSpec, type SizeSpec } from './sizes';
import { OBJECTIVE_ENDINGS, OBJECTIVE_SUBJECTS, OBJECTIVE_VERBS } from './words';

export interface CycleRecords {
  cycle: Cycle;
  objectives: Objective[];
  keyResults: KeyResult[];
  checkIns: CheckIn[];
}

const DAY = 86_400_000;
const dayMs = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
const isoOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** How many objectives each owner gets: company, departments, then teams and people. */
function allocateOwners(spec: SizeSpec, org: Org, c: CycleSpec, r: Rng): OrgUnit[] {
  const out: OrgUnit[] = [];
  let teams = org.teams;
  let persons = org.persons;
  if (c.firstTeamOnly) {
    teams = org.teams.slice(0, 1);
    persons = org.members.get(teams[0]!.id) ?? [];
  } else {
    for (let i = 0; i < Math.min(spec.companyObjectives, c.objectives); i++) out.push(org.company);
    for (const d of org.departments)
      for (let i = 0; i < spec.departmentObjectives; i++) out.push(d);
  }
  const rest = Math.max(0, c.objectives - out.length);
  const forTeams = persons.length ? Math.round(rest * spec.teamShare) : rest;
  const teamOrder = r.shuffle(teams);
  for (let i = 0; i < forTeams; i++) out.push(teamOrder[i % teamOrder.length]!);
  const personOrder = r.shuffle(persons);
  for (let i = 0; i < rest - forTeams; i++) out.push(personOrder[i % personOrder.length]!);
  return out.slice(0, c.objectives);
}

function objectiveTitle(r: Rng): string {
  return `${r.pick(OBJECTIVE_VERBS)} ${r.pick(OBJECTIVE_SUBJECTS)} ${r.pick(OBJECTIVE_ENDINGS)}`;
}

/** Check-in dates: one a week (weekday jitter), never after the end of the cycle or "today". */
function weekDates(c: CycleSpec, r: Rng): string[] {
  const start = dayMs(c.start);
  const last = Math.min(dayMs(c.end), dayMs(ANCHOR_DATE));
  const out: string[] = [];
  for (let w = 0; start + w * 7 * DAY <= last; w++) {
    const d = start + (w * 7 + r.int(0, 4)) * DAY;
    if (d <= last) out.push(isoOf(d));
  }
  return out;
}

/**
 * One cycle of a size: objectives in level order (company first) so that each can align to
 * an objective or key result of the nearest unit above it that has any in this cycle.
 */
export function generateCycle(spec: SizeSpec, org: Org, c: CycleSpec): CycleRecords {
  const r = rng(`${spec.size}:cycle:${c.key}`);
  const created = `${isoOf(dayMs(c.start) - 14 * DAY)}T09:00:00.000Z`;
  const newId = orderedIds(r, Date.parse(created));
  const cycle: Cycle = {
    id: newId(),
    name: c.name,
    kind: 'quarter',
    start: c.start,
    end: c.end,
    state: c.state,
    ownerId: org.company.id,
    createdAt: created,
    updatedAt: created,
  };
  const owners = allocateOwners(spec, org, c, r);
  const elapsed = Math.min(
    1,
    (dayMs(ANCHOR_DATE) - dayMs(c.start) + DAY) / (dayMs(c.end) - dayMs(c.start) + DAY),
  );
  const objectives: Objective[] = [];
  const keyResults: KeyResult[] = [];
  const checkIns: CheckIn[] = [];
  const byOwner = new Map<string, { objective: Objective; krs: KeyResult[] }[]>();
  let krIndex = 0;
  const krTotal = owners.length * c.krs[0];
  for (const owner of owners) {
    const mine = byOwner.get(owner.id) ?? [];
    byOwner.set(owner.id, mine);
    const objective: Objective = {
      id: newId(),
      cycleId: cycle.id,
      ownerId: owner.id,
      title: objectiveTitle(r),
      description: r.chance(0.3) ? 'Why it matters: customers told us so in the last survey.' : '',
      type: r.chance(0.6) ? 'committed' : 'aspirational',
      rank: mine.length + 1,
      planState: c.state === 'active' || c.state === 'closed' ? 'published' : 'draft',
      alignedTo: alignTo(owner, org, byOwner, r),
      createdAt: created,
      updatedAt: created,
    };
    const krs: KeyResult[] = [];
    const n = r.int(c.krs[0], c.krs[1]);
    for (let k = 0; k < n; k++, krIndex++) {
      const draft = draftKeyResult(r, newId, {
        objectiveId: objective.id,
        cycleId: cycle.id,
        ownerId: owner.id,
        dueDate: c.end,
        rank: k + 1,
        createdAt: created,
      });
      let dates = weekDates(c, r);
      if (c.checkIns.kind === 'weekly') {
        const p = c.checkIns.p;
        dates = dates.filter(() => r.chance(p));
      } else {
        // An exact total, spread evenly: key result i gets its share of the check-ins.
        const want =
          Math.floor(c.checkIns.total / krTotal) + (krIndex < c.checkIns.total % krTotal ? 1 : 0);
        dates = dates.slice(Math.max(0, dates.length - want));
      }
      const finalShare = Math.min(1.2, Math.max(0.1, 0.75 + (r.next() - 0.5) * 0.9));
      const h = historyOf(r, newId, draft, { dates, finalShare, elapsed });
      krs.push(h.kr);
      for (const ci of h.checkIns) checkIns.push(ci);
    }
    mine.push({ objective, krs });
    objectives.push(objective);
    for (const kr of krs) keyResults.push(kr);
  }
  return { cycle, objectives, keyResults, checkIns };
}

function alignTo(
  owner: OrgUnit,
  org: Org,
  byOwner: Map<string, { objective: Objective; krs: KeyResult[] }[]>,
  r: Rng,
): Alignment | null {
  if (!r.chance(0.9)) return null;
  let up = owner.parentId ? org.byId.get(owner.parentId) : undefined;
  while (up) {
    const theirs = byOwner.get(up.id);
    if (theirs?.length) {
      const pick = r.pick(theirs);
      if (pick.krs.length && r.chance(0.65)) return { kind: 'keyResult', id: r.pick(pick.krs).id };
      return { kind: 'objective', id: pick.objective.id };
    }
    up = up.parentId ? org.byId.get(up.parentId) : undefined;
  }
  return null;
}
