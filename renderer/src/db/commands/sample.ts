import spec from '../../../../resources/sample-workspace.json';
import { buildSample, type SampleSpec } from '../../../../shared/domain/sample';
import { db } from '../schema';
import { newId, nowStamp, ValidationError } from '../records';
import { SETTING } from '../bootstrap';

/** Loads the sample org and OKRs into the open cycle, in one transaction. */
export async function loadSampleWorkspace(cycleId: string, today = new Date()): Promise<void> {
  await db.transaction(
    'rw',
    [db.orgUnits, db.objectives, db.keyResults, db.checkIns, db.settings, db.cycles],
    async () => {
      const company = (await db.orgUnits.where('kind').equals('company').toArray()).find(
        (u) => !u.deletedAt,
      );
      if (!company)
        throw new ValidationError({ company: 'There is no company to load the sample into' });
      const recs = buildSample(spec as SampleSpec, company.id, cycleId, today, newId, nowStamp());
      await db.orgUnits.update(company.id, { name: (spec as SampleSpec).company });
      await db.orgUnits.bulkAdd(recs.orgUnits);
      await db.objectives.bulkAdd(recs.objectives);
      await db.keyResults.bulkAdd(recs.keyResults);
      await db.checkIns.bulkAdd(recs.checkIns);
      await db.settings.put({ key: SETTING.onboarding, value: 'done' });
    },
  );
}
