import type { Retro, Score } from '../../../shared/domain/model';
import { keyResultProgress } from '../../../shared/domain/progress';
import type { CycleRecords } from './cycle';
import { rng } from './prng';
import { NOTES } from './words';

/**
 * What a cycle looks like once reviewed: a score for every key result (its progress, nudged
 * the way people round their own scores) and a retrospective for one objective in five.
 * Made on demand for the review measures; not written to the seeded workspaces.
 */
export function reviewOf(records: CycleRecords): { scores: Score[]; retros: Retro[] } {
  const r = rng(`review:${records.cycle.id}`);
  const stamp = `${records.cycle.end}T16:00:00.000Z`;
  const scores: Score[] = records.keyResults.map((kr) => ({
    id: r.uuid(),
    cycleId: kr.cycleId,
    keyResultId: kr.id,
    ownerId: kr.ownerId,
    score:
      Math.round(Math.min(1, Math.max(0, keyResultProgress(kr) + (r.next() - 0.5) * 0.1)) * 10) /
      10,
    reason: r.chance(0.3) ? r.pick(NOTES) : '',
    createdAt: stamp,
    updatedAt: stamp,
  }));
  const retros: Retro[] = records.objectives
    .filter(() => r.chance(0.2))
    .map((o) => ({
      id: r.uuid(),
      cycleId: o.cycleId,
      objectiveId: o.id,
      ownerId: o.ownerId,
      wentWell: 'The weekly check-ins kept everyone honest about progress.',
      missed: r.chance(0.5)
        ? 'We started late: the dependency on another team slipped by a month.'
        : '',
      lessons: 'Agree dependencies before the quarter starts.',
      nextSteps: r.chance(0.5) ? 'Carry the unfinished key result over.' : '',
      createdAt: stamp,
      updatedAt: stamp,
    }));
  return { scores, retros };
}
