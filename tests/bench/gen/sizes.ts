import type { CycleState } from '../../../shared/domain/model';

/**
 * Bump when the generator's output changes: the cached L profile is keyed by it and is
 * seeded again on the next run.
 */
export const GENERATOR_VERSION = 3;

/** The generated workspaces live around this fixed "today", so every run makes the same data. */
export const ANCHOR_DATE = '2026-11-25';

export type Size = 'S' | 'M' | 'L';
export const SIZES: readonly Size[] = ['S', 'M', 'L'];

export type CheckInPlan = { kind: 'weekly'; p: number } | { kind: 'total'; total: number };

export interface CycleSpec {
  key: string;
  name: string;
  start: string;
  end: string;
  state: CycleState;
  objectives: number;
  /** Key results per objective, both included. */
  krs: [number, number];
  checkIns: CheckInPlan;
  /** Only the first team and its people own objectives (the pilot quarter of L). */
  firstTeamOnly?: boolean;
}

export interface SizeSpec {
  size: Size;
  company: string;
  departments: number;
  teams: number;
  persons: number;
  /** People per department, in DEPARTMENTS order (sums to `persons`); even when missing. */
  departmentPeople?: number[];
  /** Objectives the company itself owns, and each department, per cycle. */
  companyObjectives: number;
  departmentObjectives: number;
  /** Share of the remaining objectives owned by teams; the rest go to people. */
  teamShare: number;
  cycles: CycleSpec[];
}

const QUARTER_STARTS = ['01-01', '04-01', '07-01', '10-01'];
const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'];

function quarter(
  year: number,
  q: number,
  rest: Omit<CycleSpec, 'key' | 'name' | 'start' | 'end'>,
): CycleSpec {
  return {
    key: `${year}-Q${q}`,
    name: `Q${q} ${year}`,
    start: `${year}-${QUARTER_STARTS[q - 1]}`,
    end: `${year}-${QUARTER_ENDS[q - 1]}`,
    ...rest,
  };
}

/** One team's quarter of 12 objectives: all of S, and the pilot quarter of M and L. */
const ONE_TEAM: Pick<CycleSpec, 'objectives' | 'krs' | 'checkIns'> = {
  objectives: 12,
  krs: [2, 4],
  checkIns: { kind: 'weekly', p: 0.9 },
};

/** A closed pilot quarter (the list's 12-objective baseline): the first team and its people. */
const pilotQuarter = (year: number, q: number): CycleSpec =>
  quarter(year, q, { state: 'closed', ...ONE_TEAM, firstTeamOnly: true });

/** A quarter whose check-ins are a fixed total spread over its key results. */
const quarterOfTotal = (
  year: number,
  q: number,
  state: CycleState,
  objectives: number,
  krs: [number, number],
  total: number,
): CycleSpec => quarter(year, q, { state, objectives, krs, checkIns: { kind: 'total', total } });

/** Three years of quarters, growing from 2,000 to 3,000 objectives as the company grows. */
function threeYears(): CycleSpec[] {
  const out: CycleSpec[] = [];
  for (let i = 0; i < 12; i++) {
    const year = 2024 + Math.floor(i / 4);
    const current = i === 11;
    out.push(
      quarter(year, (i % 4) + 1, {
        state: current ? 'active' : 'closed',
        objectives: 2000 + Math.round((1000 * i) / 11),
        krs: [2, 5],
        checkIns: { kind: 'weekly', p: 0.99 },
      }),
    );
  }
  return out;
}

/** A company of departments, teams and people, whose departments own 3 objectives a cycle. */
const company = (
  size: Size,
  name: string,
  people: Pick<
    SizeSpec,
    'departments' | 'teams' | 'persons' | 'departmentPeople' | 'companyObjectives'
  >,
  cycles: CycleSpec[],
): SizeSpec => ({
  size,
  company: name,
  ...people,
  departmentObjectives: 3,
  teamShare: 0.4,
  cycles,
});

export const SIZE_SPECS: Record<Size, SizeSpec> = {
  /** One team, one quarter. */
  S: {
    size: 'S',
    company: 'Pebble & Co',
    departments: 0,
    teams: 1,
    persons: 8,
    companyObjectives: 0,
    departmentObjectives: 0,
    teamShare: 0.4,
    cycles: [quarter(2026, 4, { state: 'active', ...ONE_TEAM })],
  },
  /**
   * The current quarter: 20,000 objectives and key results (5,000 + 15,000), 100,000
   * check-ins. Before it, what the list and map measures need without seeding L: a
   * 10,000-objective quarter (the large map), a one-team pilot quarter (the list's baseline)
   * and a 2,000-objective quarter (the list and map of 2,000), with few check-ins each.
   */
  M: company(
    'M',
    'Granite Works',
    { departments: 10, teams: 290, persons: 2000, companyObjectives: 4 },
    [
      // year, quarter, state, objectives, key results per objective, check-ins in all
      quarterOfTotal(2025, 4, 'closed', 10_000, [2, 2], 20_000),
      pilotQuarter(2026, 2),
      quarterOfTotal(2026, 3, 'closed', 2000, [3, 4], 14_000),
      quarterOfTotal(2026, 4, 'active', 5000, [3, 3], 100_000),
    ],
  ),
  /**
   * Three years of a 5,000-person company: 5,700 org units, ~135,000 objectives and key
   * results, ~1.3M check-ins; plus a one-team pilot quarter before it (the size of S).
   */
  L: company(
    'L',
    'Basalt Industries',
    {
      departments: 20,
      teams: 679,
      persons: 5000,
      // Engineering 1,100 … Legal and Communications 50 (the weekly report's department).
      departmentPeople: [
        1100, 300, 150, 600, 250, 350, 400, 300, 120, 100, 50, 200, 80, 250, 150, 90, 200, 180, 80,
        50,
      ],
      companyObjectives: 5,
    },
    [pilotQuarter(2023, 4), ...threeYears()],
  ),
};
