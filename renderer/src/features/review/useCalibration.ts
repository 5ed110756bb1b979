import { useLiveQuery } from 'dexie-react-hooks';
import {
  calibrate,
  planningConfidence,
  proposeScore,
  type Calibration,
  type CalibrationCycleInput,
} from '@shared/domain/review';
import { db } from '../../db/schema';
import { live } from '../../db/records';
import { groupBy } from '../../db/queries';

/** One owner's closed cycles: confidence given at planning against the final scores. */
export async function loadCalibration(ownerId: string): Promise<Calibration> {
  const cycles = live(await db.cycles.where('state').equals('closed').toArray());
  const inputs: CalibrationCycleInput[] = [];
  for (const cycle of cycles) {
    const objectives = live(
      await db.objectives.where('[cycleId+ownerId]').equals([cycle.id, ownerId]).toArray(),
    );
    if (!objectives.length) continue;
    const krs = live(
      await db.keyResults
        .where('objectiveId')
        .anyOf(objectives.map((o) => o.id))
        .toArray(),
    );
    if (!krs.length) continue;
    const krIds = krs.map((k) => k.id);
    const [checkIns, scores] = await Promise.all([
      db.checkIns.where('keyResultId').anyOf(krIds).toArray(),
      db.scores.where('keyResultId').anyOf(krIds).toArray(),
    ]);
    const byKr = groupBy(live(checkIns), (c) => c.keyResultId);
    const scoreOf = new Map(live(scores).map((s) => [s.keyResultId, s.score]));
    inputs.push({
      cycleId: cycle.id,
      name: cycle.name,
      end: cycle.end,
      keyResults: krs.map((k) => ({
        confidence: planningConfidence(k, byKr.get(k.id) ?? []),
        score: scoreOf.get(k.id) ?? proposeScore(k),
      })),
    });
  }
  return calibrate(inputs);
}

export const useCalibration = (ownerId: string | null): Calibration | null | undefined =>
  useLiveQuery(async () => (ownerId ? loadCalibration(ownerId) : null), [ownerId]);
