import {
  checkInSchema,
  cycleSchema,
  keyResultSchema,
  objectiveSchema,
  orgUnitSchema,
  type Setting,
} from '../../../shared/domain/model';
import { cycleOwnersSchema } from '../../../shared/domain/ownerList';
import { generateCycle, type CycleRecords } from './cycle';
import { generateOrg, type Org } from './org';
import { SIZE_SPECS, type Size } from './sizes';

export { GENERATOR_VERSION, ANCHOR_DATE, SIZE_SPECS, SIZES, type Size } from './sizes';
export type { CycleRecords } from './cycle';
export type { Org } from './org';

/** Settings of a generated workspace: "me" is the first person, onboarding is done. */
export function workspaceSettings(org: Org): Setting[] {
  return [
    { key: 'me', value: org.persons[0]?.id ?? org.company.id },
    { key: 'onboarding', value: 'done' },
  ];
}

export interface Workspace {
  org: Org;
  settings: Setting[];
  /** Cycles in date order, made one at a time as they are read. */
  cycles: Iterable<CycleRecords>;
}

/**
 * A workspace one cycle at a time, so the 1.3M check-ins of L never sit in memory at once:
 * the org first, then each cycle in date order.
 */
export function generateWorkspace(size: Size): Workspace {
  const spec = SIZE_SPECS[size];
  const org = generateOrg(spec);
  function* cycles(): Generator<CycleRecords> {
    for (const c of spec.cycles) yield generateCycle(spec, org, c);
  }
  return { org, settings: workspaceSettings(org), cycles: cycles() };
}

/** One cycle of a size on its own (same records as in the whole workspace). */
export function generateCycleOf(size: Size, key: string): { org: Org; records: CycleRecords } {
  const spec = SIZE_SPECS[size];
  const c = spec.cycles.find((x) => x.key === key);
  if (!c) throw new Error(`No cycle ${key} in size ${size}`);
  const org = generateOrg(spec);
  return { org, records: generateCycle(spec, org, c) };
}

const orgs = new Map<Size, Org>();
/** The org of a size, made once per thread: every cycle is generated against it. */
export function orgOf(size: Size): Org {
  let org = orgs.get(size);
  if (!org) orgs.set(size, (org = generateOrg(SIZE_SPECS[size])));
  return org;
}

/**
 * The cycle at `index` of a size on its own: the same records the whole workspace makes in
 * that place (each cycle draws from its own named stream), so workers can make cycles in
 * any order and the seed is still the same.
 */
export function generateCycleAt(size: Size, index: number): CycleRecords {
  const spec = SIZE_SPECS[size];
  const c = spec.cycles[index];
  if (!c) throw new Error(`No cycle ${index} in size ${size}`);
  return generateCycle(spec, orgOf(size), c);
}

/**
 * Checks every `every`-th record of each kind against the app's own schemas (a whole
 * cycle of L takes longer to check than to write). Returns what failed, first few only.
 */
export function invalidSample(
  records: Pick<CycleRecords, 'cycle' | 'objectives' | 'keyResults' | 'checkIns'> & {
    orgUnits?: readonly unknown[];
    cycleOwners?: readonly unknown[];
  },
  every = 25,
): string[] {
  const bad: string[] = [];
  const check = (
    what: string,
    schema: { safeParse(x: unknown): { success: boolean; error?: unknown } },
    rows: readonly unknown[],
  ) => {
    for (let i = 0; i < rows.length && bad.length < 5; i += every) {
      const r = schema.safeParse(rows[i]);
      if (!r.success) bad.push(`${what} ${JSON.stringify(rows[i])}: ${String(r.error)}`);
    }
  };
  check('cycle', cycleSchema, [records.cycle]);
  check('org unit', orgUnitSchema, records.orgUnits ?? []);
  check('objective', objectiveSchema, records.objectives);
  check('key result', keyResultSchema, records.keyResults);
  check('check-in', checkInSchema, records.checkIns);
  check('owner list', cycleOwnersSchema, records.cycleOwners ?? []);
  return bad;
}

/** The cycle a measure means by "current": the last one. */
export const currentCycleKey = (size: Size): string => SIZE_SPECS[size].cycles.at(-1)!.key;
