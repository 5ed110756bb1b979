import type { Score } from '../../../../shared/domain/model';
import { proposeScore } from '../../../../shared/domain/review';
import { db } from '../schema';
import { live, newId, nowStamp } from '../records';
import { assertOpenCycle } from './cycles';

/** Closing a cycle: scores frozen, state set to closed. */

const CLOSE_TABLES = [db.cycles, db.keyResults, db.scores];

/**
 * Closes a cycle. Key results nobody scored keep their proposed score, written down now, so
 * the record of the cycle no longer depends on how progress is computed later.
 */
export async function closeCycle(cycleId: string): Promise<void> {
  await db.transaction('rw', CLOSE_TABLES, async () => {
    const cycle = await assertOpenCycle(cycleId);
    const krs = live(await db.keyResults.where('cycleId').equals(cycleId).toArray());
    const scored = new Set(
      live(await db.scores.where('cycleId').equals(cycleId).toArray()).map((s) => s.keyResultId),
    );
    const stamp = nowStamp();
    const frozen: Score[] = krs
      .filter((k) => !scored.has(k.id))
      .map((k) => ({
        id: newId(),
        cycleId,
        keyResultId: k.id,
        ownerId: k.ownerId,
        score: proposeScore(k),
        reason: '',
        createdAt: stamp,
        updatedAt: stamp,
      }));
    if (frozen.length) await db.scores.bulkAdd(frozen);
    await db.cycles.update(cycle.id, { state: 'closed', updatedAt: stamp });
  });
}
