import { subtreeIds } from '../../../../shared/domain/org';
import { generateCycleOf, type Size } from '../../gen/workspace';

export interface Scope {
  id: string;
  name: string;
  objectives: number;
}

/** Departments and teams of a size with how many objectives their subtree holds in a cycle. */
export function scopes(size: Size, cycleKey: string): { cycleId: string; units: Scope[] } {
  const { org, records } = generateCycleOf(size, cycleKey);
  const perOwner = new Map<string, number>();
  for (const o of records.objectives) perOwner.set(o.ownerId, (perOwner.get(o.ownerId) ?? 0) + 1);
  const units = [...org.departments, ...org.teams].map((u) => {
    let n = 0;
    for (const id of subtreeIds(org.units, u.id)) n += perOwner.get(id) ?? 0;
    return { id: u.id, name: u.name, objectives: n };
  });
  return { cycleId: records.cycle.id, units: units.sort((a, b) => a.objectives - b.objectives) };
}
