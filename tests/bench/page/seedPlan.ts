import { SIZE_SPECS, type Size } from '../gen/sizes';

/** Weeks a quarter's weekly check-ins span (13 for every generated quarter). */
const WEEKS = 13;

/**
 * About how many rows each cycle of a size writes, from its spec alone (nothing generated):
 * what the driver needs to print an ETA while seeding. Estimates: key results at the middle
 * of their range, weekly check-ins at their probability.
 */
export function seedPlan(size: Size): { cycles: { name: string; rows: number }[]; org: number } {
  const spec = SIZE_SPECS[size];
  const org = 1 + spec.departments + spec.teams + spec.persons;
  const cycles = spec.cycles.map((c) => {
    const krs = c.objectives * ((c.krs[0] + c.krs[1]) / 2);
    const checkIns =
      c.checkIns.kind === 'total' ? c.checkIns.total : Math.round(krs * WEEKS * c.checkIns.p);
    return { name: c.name, rows: Math.round(1 + c.objectives + krs + checkIns) };
  });
  return { cycles, org };
}
