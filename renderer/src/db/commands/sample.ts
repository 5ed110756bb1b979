import spec from '../../../../resources/sample-workspace.json';
import { buildSample, type SampleSpec } from '@shared/domain/sample';
import { normaliseStaleDays } from '@shared/domain/staleness';
import { db } from '../schema';
import { isLive, newId, nowStamp, ValidationError } from '../records';
import { SETTING } from '../bootstrap';

/**
 * Loads the sample org and OKRs into the open cycle as it stands today, in one transaction.
 * The user's own person (Me) gets an objective of the sample's, so the check-in session has
 * something to do at once.
 */
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
      const cycle = await db.cycles.get(cycleId);
      if (!isLive(cycle)) throw new ValidationError({ cycleId: 'This cycle no longer exists' });
      const meId = (await db.settings.get(SETTING.me))?.value;
      const me = typeof meId === 'string' ? await db.orgUnits.get(meId) : undefined;
      const staleDays = normaliseStaleDays((await db.settings.get(SETTING.staleDays))?.value);
      const recs = buildSample(
        spec as SampleSpec,
        { companyId: company.id, meId: isLive(me) ? me.id : null, cycle, staleDays },
        today,
        newId,
        nowStamp(),
      );
      await db.orgUnits.update(company.id, { name: (spec as SampleSpec).company });
      await db.orgUnits.bulkAdd(recs.orgUnits);
      await db.objectives.bulkAdd(recs.objectives);
      await db.keyResults.bulkAdd(recs.keyResults);
      await db.checkIns.bulkAdd(recs.checkIns);
      await db.settings.put({ key: SETTING.onboarding, value: 'done' });
    },
  );
}
