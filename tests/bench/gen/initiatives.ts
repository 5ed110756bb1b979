import type { Initiative, KeyResult } from '../../../shared/domain/model';
import { rng } from './prng';
import { BINARY_TITLES, MILESTONE_TITLES } from './words';

/**
 * Initiatives (the tasks that move key results) for some key results: none to three each,
 * with priorities, due dates inside the cycle and two in five done. Made on demand for the
 * weekly report measure; not written to the seeded workspaces.
 */
export function initiativesFor(
  keyResults: readonly KeyResult[],
  cycle: { start: string; end: string },
): Initiative[] {
  const out: Initiative[] = [];
  const start = Date.parse(`${cycle.start}T00:00:00Z`);
  const days = Math.round((Date.parse(`${cycle.end}T00:00:00Z`) - start) / 86_400_000);
  for (const kr of keyResults) {
    const r = rng(`initiatives:${kr.id}`);
    for (let i = r.int(0, 3); i > 0; i--) {
      const due = new Date(start + r.int(7, days) * 86_400_000).toISOString().slice(0, 10);
      out.push({
        id: r.uuid(),
        keyResultId: kr.id,
        ownerId: kr.ownerId,
        title: r.chance(0.5) ? r.pick(MILESTONE_TITLES) : r.pick(BINARY_TITLES),
        priority: r.int(1, 3),
        dueDate: r.chance(0.8) ? due : null,
        done: r.chance(0.4),
        createdAt: kr.createdAt,
        updatedAt: kr.createdAt,
      });
    }
  }
  return out;
}
