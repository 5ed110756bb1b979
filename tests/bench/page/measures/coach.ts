import { keyResultProgress, objectiveProgress } from '../../../../shared/domain/progress';
import { ANCHOR_DATE } from '../../gen/workspace';
import { groupBy } from '../../../../renderer/src/db/queries';
import { mediumWorkspace } from './data';
import { missing, optional } from './optional';
import { timed, type PageMeasure } from './types';

const PATH = 'shared/domain/coach/index.ts';
type CoachModule = typeof import('../../../../shared/domain/coach/index');
const found = import.meta.glob('../../../../shared/domain/coach/index.ts');

/** The coach over M (20,000 objectives and key results, 100,000 check-ins), every rule. */
export const coach: PageMeasure = {
  async subject() {
    const mod = await optional<CoachModule>(found);
    if (!mod) return missing(PATH);
    await mod.loadLanguage();
    const { org, records } = mediumWorkspace();
    const input = {
      cycle: records.cycle,
      objectives: records.objectives,
      keyResults: records.keyResults,
      orgUnits: org.units,
      checkIns: records.checkIns,
      today: ANCHOR_DATE,
    };
    let findings = 0;
    const ms = timed(() => (findings = mod.runCoach(input).length));
    return { value: ms, note: `${findings} findings` };
  },
  /** One pass over the same records: each key result's progress, grouped under its objective. */
  async baseline() {
    const { records } = mediumWorkspace();
    return {
      value: timed(() => {
        const byObjective = groupBy(records.keyResults, (k) => k.objectiveId);
        let sum = 0;
        for (const o of records.objectives) sum += objectiveProgress(byObjective.get(o.id) ?? []);
        for (const k of records.keyResults) sum += keyResultProgress(k);
        return sum;
      }),
    };
  },
};
