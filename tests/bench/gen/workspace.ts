import type { Setting } from '../../../shared/domain/model';
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

/** The cycle a measure means by "current": the last one. */
export const currentCycleKey = (size: Size): string => SIZE_SPECS[size].cycles.at(-1)!.key;
