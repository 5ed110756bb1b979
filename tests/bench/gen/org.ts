import type { OrgUnit } from '../../../shared/domain/model';
import { orderedIds, rng } from './prng';
import type { SizeSpec } from './sizes';
import { DEPARTMENTS, FIRST_NAMES, LAST_NAMES, TEAM_WORDS } from './words';

export interface Org {
  units: OrgUnit[];
  company: OrgUnit;
  departments: OrgUnit[];
  teams: OrgUnit[];
  persons: OrgUnit[];
  byId: Map<string, OrgUnit>;
  /** Team id → its people. */
  members: Map<string, OrgUnit[]>;
}

const ORG_STAMP = '2023-09-01T08:00:00.000Z';

/** Splits `total` items over `buckets` as evenly as possible: bucket i gets its share. */
/** Rounds shares to whole numbers that still add up to `total` (largest remainder first). */
function largestRemainder(shares: number[], total: number): number[] {
  const out = shares.map(Math.floor);
  const order = shares.map((s, i) => [s - Math.floor(s), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0, left = total - out.reduce((a, b) => a + b, 0); k < left; k++)
    out[order[k % order.length]![1]]! += 1;
  return out;
}

export const shareOf = (total: number, buckets: number, i: number): number =>
  Math.floor(total / buckets) + (i < total % buckets ? 1 : 0);

/** The org tree of a size: company → departments → teams → people, same every time. */
export function generateOrg(spec: SizeSpec): Org {
  const r = rng(`${spec.size}:org`);
  const newId = orderedIds(r, Date.parse(ORG_STAMP));
  const unit = (kind: OrgUnit['kind'], name: string, parentId: string | null): OrgUnit => ({
    id: newId(),
    kind,
    name,
    parentId,
    createdAt: ORG_STAMP,
    updatedAt: ORG_STAMP,
  });
  const company = unit('company', spec.company, null);
  const departments = DEPARTMENTS.slice(0, spec.departments).map((name) =>
    unit('department', name, company.id),
  );
  const nameOrder = r.shuffle(
    Array.from({ length: FIRST_NAMES.length * LAST_NAMES.length }, (_, i) => i),
  );
  const teams: OrgUnit[] = [];
  const persons: OrgUnit[] = [];
  const members = new Map<string, OrgUnit[]>();
  const person = (team: OrgUnit): OrgUnit => {
    const at = nameOrder[persons.length % nameOrder.length]!;
    const first = FIRST_NAMES[at % FIRST_NAMES.length]!;
    const last = LAST_NAMES[Math.floor(at / FIRST_NAMES.length)]!;
    const p = unit('person', `${first} ${last}`, team.id);
    persons.push(p);
    return p;
  };
  const staff = (parent: OrgUnit, prefix: string, teamCount: number, people: number) => {
    for (let t = 0; t < teamCount; t++) {
      const word = TEAM_WORDS[t % TEAM_WORDS.length]!;
      const suffix = t >= TEAM_WORDS.length ? ` ${Math.floor(t / TEAM_WORDS.length) + 1}` : '';
      const team = unit('team', `${prefix}${word}${suffix}`.trim(), parent.id);
      teams.push(team);
      const list: OrgUnit[] = [];
      for (let k = shareOf(people, teamCount, t); k > 0; k--) list.push(person(team));
      members.set(team.id, list);
    }
  };
  if (departments.length === 0) {
    staff(company, '', spec.teams, spec.persons);
    // Teams right under the company read "Atlas team", not a bare word.
    for (const t of teams) t.name = `${t.name} team`;
  } else {
    const people =
      spec.departmentPeople ??
      departments.map((_, i) => shareOf(spec.persons, departments.length, i));
    const teamCounts = largestRemainder(
      people.map((p) => (p / spec.persons) * spec.teams),
      spec.teams,
    );
    departments.forEach((d, i) => staff(d, `${d.name} `, teamCounts[i]!, people[i]!));
  }
  const units = [company, ...departments, ...teams, ...persons];
  return {
    units,
    company,
    departments,
    teams,
    persons,
    byId: new Map(units.map((u) => [u.id, u])),
    members,
  };
}
