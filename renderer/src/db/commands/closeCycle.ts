import type { Score } from '@shared/domain/model';
import { closeBlocker } from '@shared/domain/cycleClose';
import { proposeScore } from '@shared/domain/review';
import { db } from '../schema';
import { live, newId, nowStamp, ValidationError } from '../records';
import { assertOpenCycle } from './cycles';

/** Closing a cycle: one company-wide act; scores frozen, state set to closed. */

export const CLOSE_TABLES = [
  db.cycles,
  db.keyResults,
  db.scores,
  db.objectives,
  db.retros,
  db.orgUnits,
];

export interface CloseOptions {
  /**
   * Units the person closing saw listed as not reviewed and chose to close without. Any other
   * unit not reviewed still blocks the close.
   */
  acceptUnreviewed?: readonly string[];
}

/**
 * Closes a cycle for the whole company. Refused, with nothing written, when the cycle is in
 * planning, has no objectives, or a unit owning objectives in it has not marked its review
 * done (see `closeBlocker`). Key results nobody scored keep their proposed score, written
 * down now, so the record of the cycle no longer depends on how progress is computed later.
 */
export async function closeCycle(cycleId: string, options: CloseOptions = {}): Promise<void> {
  await db.transaction('rw', CLOSE_TABLES, async () => {
    const cycle = await assertOpenCycle(cycleId);
    const [objectives, krs, scores, retros, orgUnits] = await Promise.all([
      db.objectives.where('cycleId').equals(cycleId).toArray(),
      db.keyResults.where('cycleId').equals(cycleId).toArray(),
      db.scores.where('cycleId').equals(cycleId).toArray(),
      db.retros.where('cycleId').equals(cycleId).toArray(),
      db.orgUnits.toArray(),
    ]);
    const blocker = closeBlocker(
      {
        cycle,
        orgUnits: live(orgUnits),
        objectives: live(objectives),
        keyResults: live(krs),
        scores: live(scores),
        retros: live(retros),
      },
      options.acceptUnreviewed,
    );
    if (blocker) throw new ValidationError({ cycleId: blocker });
    const scored = new Set(live(scores).map((s) => s.keyResultId));
    const stamp = nowStamp();
    const frozen: Score[] = live(krs)
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
