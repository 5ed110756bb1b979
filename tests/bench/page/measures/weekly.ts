import { subtreeIds } from '../../../../shared/domain/org';
import { groupBy } from '../../../../renderer/src/db/queries';
import { initiativesFor } from '../../gen/initiatives';
import { ANCHOR_DATE } from '../../gen/workspace';
import { largeCurrentCycle } from './data';
import { missing, optional } from './optional';
import { timed, type PageMeasure } from './types';

const PATH = 'shared/report/weekly.ts';
type WeeklyModule = typeof import('../../../../shared/report/weekly');
const found = import.meta.glob('../../../../shared/report/weekly.ts');

/**
 * What the app would hand the report for L's 50-person Legal department this week: the whole
 * org, the current cycle's objectives and key results (the cycleId index), and the check-ins
 * and initiatives of the department's key results (fetched by key result).
 */
function legalWeek() {
  const { org, records } = largeCurrentCycle();
  const legal = org.departments.find((d) => d.name === 'Legal')!;
  const scope = subtreeIds(org.units, legal.id);
  const theirs = records.keyResults.filter((k) => scope.has(k.ownerId));
  const ids = new Set(theirs.map((k) => k.id));
  return {
    subjectId: legal.id,
    units: org.units,
    cycle: records.cycle,
    week: ANCHOR_DATE,
    today: ANCHOR_DATE,
    objectives: records.objectives,
    keyResults: records.keyResults,
    checkIns: records.checkIns.filter((c) => ids.has(c.keyResultId)),
    initiatives: initiativesFor(theirs, records.cycle),
    people: [...scope].filter((id) => org.byId.get(id)?.kind === 'person').length,
  };
}

let input: ReturnType<typeof legalWeek> | null = null;

/** The weekly report of a 50-person department in L's current quarter. */
export const weekly: PageMeasure = {
  async subject() {
    const mod = await optional<WeeklyModule>(found);
    if (!mod) return missing(PATH);
    input ??= legalWeek();
    let krs = 0;
    const ms = timed(() => (krs = mod.buildWeeklyReport(input!).counts.keyResults));
    return {
      value: ms,
      note: `${input.people} people, ${krs} key results, ${input.checkIns.length} check-ins, ${input.initiatives.length} initiatives`,
    };
  },
  /** Looking at the same input once: units, objectives and key results by id, check-ins by key result. */
  async baseline() {
    input ??= legalWeek();
    const i = input;
    return {
      value: timed(() => {
        const units = new Map(i.units.map((u) => [u.id, u]));
        const objectives = new Map(i.objectives.map((o) => [o.id, o]));
        const krs = new Map(i.keyResults.map((k) => [k.id, k]));
        const byKr = groupBy(i.checkIns, (c) => c.keyResultId);
        return units.size + objectives.size + krs.size + byKr.size;
      }),
    };
  },
};
