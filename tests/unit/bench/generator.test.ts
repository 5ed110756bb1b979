import { describe, expect, it } from 'vitest';
import {
  checkInSchema,
  cycleSchema,
  keyResultSchema,
  objectiveSchema,
  orgUnitSchema,
} from '../../../shared/domain/model';
import { countCycleOwners } from '../../../shared/domain/ownerList';
import { generateOrg } from '../../bench/gen/org';
import { rng } from '../../bench/gen/prng';
import {
  generateCycleAt,
  generateCycleOf,
  generateWorkspace,
  invalidSample,
  SIZE_SPECS,
  type CycleRecords,
} from '../../bench/gen/workspace';

function collect(size: 'S' | 'M'): CycleRecords[] {
  return [...generateWorkspace(size).cycles];
}

describe('rng', () => {
  it('gives the same numbers for the same name and different ones for another', () => {
    const a = rng('L:org');
    const b = rng('L:org');
    const c = rng('L:orh');
    const xs = [a.next(), a.next(), a.uuid()];
    expect([b.next(), b.next(), b.uuid()]).toEqual(xs);
    expect(c.next()).not.toBe(xs[0]);
  });

  it('makes ids shaped like version 4 UUIDs', () => {
    const r = rng('ids');
    for (let i = 0; i < 50; i++) {
      expect(r.uuid()).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    }
  });
});

// Generating M and L is seconds of work; on a loaded machine it can pass the 5 s default, which
// would turn a correctness test into a timing one.
describe('generateWorkspace', { timeout: 120_000 }, () => {
  it('makes S as one team in one quarter, every record valid', () => {
    const org = generateOrg(SIZE_SPECS.S);
    expect(org.teams).toHaveLength(1);
    const [cycle] = collect('S');
    expect(cycle!.objectives).toHaveLength(12);
    for (const u of org.units) expect(orgUnitSchema.safeParse(u).success).toBe(true);
    expect(cycleSchema.safeParse(cycle!.cycle).success).toBe(true);
    for (const o of cycle!.objectives) expect(objectiveSchema.parse(o)).toBeTruthy();
    for (const k of cycle!.keyResults) expect(keyResultSchema.parse(k)).toBeTruthy();
    for (const c of cycle!.checkIns) expect(checkInSchema.parse(c)).toBeTruthy();
  });

  it('is deterministic: the same size gives the same records', () => {
    const a = collect('S');
    const b = collect('S');
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('makes M with 20,000 objectives and key results and 100,000 check-ins', () => {
    const { records: m } = generateCycleOf('M', '2026-Q4');
    expect(m!.objectives.length + m!.keyResults.length).toBe(20_000);
    expect(m!.checkIns).toHaveLength(100_000);
    const bad = [
      ...m!.objectives.filter((o) => !objectiveSchema.safeParse(o).success),
      ...m!.keyResults.filter((k) => !keyResultSchema.safeParse(k).success),
      ...m!.checkIns
        .filter((_, i) => i % 10 === 0)
        .filter((c) => !checkInSchema.safeParse(c).success),
    ];
    expect(bad).toEqual([]);
  });

  it('makes L an org of 5,700 units whose current quarter has 3,000 objectives', () => {
    const { org, records } = generateCycleOf('L', '2026-Q4');
    expect(org.units).toHaveLength(5_700);
    expect(new Set(org.persons.map((p) => p.name)).size).toBe(5_000);
    expect(org.teams).toHaveLength(679);
    const legal = org.departments.find((d) => d.name === 'Legal')!;
    const legalTeams = org.teams.filter((t) => t.parentId === legal.id);
    expect(legalTeams.reduce((n, t) => n + org.members.get(t.id)!.length, 0)).toBe(50);
    expect(records.objectives).toHaveLength(3_000);
    expect(records.cycle.state).toBe('active');
    const { records: first } = generateCycleOf('L', '2024-Q1');
    expect(first.objectives).toHaveLength(2_000);
  }, 30_000);

  it('aligns objectives only to objectives and key results of the same cycle, as a forest', () => {
    const { records: m } = generateCycleOf('M', '2026-Q4');
    const objectiveIds = new Set(m!.objectives.map((o) => o.id));
    const krObjective = new Map(m!.keyResults.map((k) => [k.id, k.objectiveId]));
    const links = m!.objectives.filter((o) => o.alignedTo);
    expect(links.length / m!.objectives.length).toBeGreaterThan(0.8);
    for (const o of links) {
      const t = o.alignedTo!;
      expect(t.kind === 'objective' ? objectiveIds.has(t.id) : krObjective.has(t.id)).toBe(true);
    }
  });

  it('keeps every key result at the value of its last check-in', () => {
    const [s] = collect('S');
    for (const kr of s!.keyResults) {
      const last = s!.checkIns.filter((c) => c.keyResultId === kr.id).at(-1);
      expect(kr.current).toBe(last ? last.value : kr.start);
    }
  });
});

describe('generateCycleAt', { timeout: 120_000 }, () => {
  it('makes each cycle alone exactly as the whole workspace makes it, so workers seed the same rows', () => {
    const whole = [...generateWorkspace('M').cycles];
    // Out of order, as two workers may ask for them.
    for (const i of [2, 0, 3, 1])
      expect(JSON.stringify(generateCycleAt('M', i))).toBe(JSON.stringify(whole[i]));
  });

  it('gives M the quarters the list and map measures open, without seeding L', () => {
    const count = (key: string) => generateCycleOf('M', key).records.objectives.length;
    expect(count('2025-Q4')).toBe(10_000);
    expect(count('2026-Q2')).toBe(12);
    expect(count('2026-Q3')).toBe(2_000);
  });
});

describe('invalidSample', () => {
  it("passes the generator's rows and names a row the app's schemas refuse", () => {
    const { org, records } = generateCycleOf('S', '2026-Q4');
    expect(invalidSample({ ...records, orgUnits: org.units }, 1)).toEqual([]);
    const broken = {
      ...records,
      checkIns: records.checkIns.map((c, i) => (i === 0 ? { ...c, at: '25 Nov 2026' } : c)),
    };
    const bad = invalidSample(broken, 1);
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatch(/^check-in .*25 Nov 2026/);
  });

  it('checks the owner list the seed writes beside the objectives', () => {
    const { records } = generateCycleOf('S', '2026-Q4');
    const owners = countCycleOwners(records.objectives);
    expect(owners.flatMap((r) => r.counts).reduce((n, c) => n + c, 0)).toBe(
      records.objectives.length,
    );
    expect(invalidSample({ ...records, cycleOwners: owners }, 1)).toEqual([]);
    const broken = { ...owners[0]!, counts: owners[0]!.counts.map(() => 0) };
    const bad = invalidSample({ ...records, cycleOwners: [broken] }, 1);
    expect(bad[0]).toMatch(/^owner list .*"counts":\[0/);
  });
});
