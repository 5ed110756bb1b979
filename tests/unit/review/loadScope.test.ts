import { describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/schema';
import { loadSampleWorkspace } from '../../../renderer/src/db/commands/sample';
import { loadReviewData } from '../../../renderer/src/features/review/useReviewData';
import { subtreeIds } from '../../../shared/domain/org';
import { buildReviewReport } from '../../../shared/report/review';
import { alignmentPicture } from '../../../renderer/src/features/review/report/alignmentPicture';
import { freshWorkspace } from '../db/helpers';

describe('loadReviewData', () => {
  it('reads only the history of the scope’s key results, and all of it without a scope', async () => {
    const ws = await freshWorkspace();
    await loadSampleWorkspace(ws.cycle.id, new Date(2026, 10, 25));
    const product = (await db.orgUnits.toArray()).find((u) => u.name === 'Product')!;
    const all = (await loadReviewData(ws.cycle.id))!;
    const scoped = (await loadReviewData(ws.cycle.id, product.id))!;
    const inScope = subtreeIds(all.orgUnits, product.id);
    const owner = new Map(all.objectives.map((o) => [o.id, o.ownerId]));
    const krOwner = new Map(all.keyResults.map((k) => [k.id, owner.get(k.objectiveId)!]));
    expect(scoped.checkIns.length).toBeGreaterThan(0);
    expect(scoped.checkIns.length).toBeLessThan(all.checkIns.length);
    expect(scoped.checkIns.every((c) => inScope.has(krOwner.get(c.keyResultId)!))).toBe(true);
    expect(all.checkIns.filter((c) => inScope.has(krOwner.get(c.keyResultId)!))).toHaveLength(
      scoped.checkIns.length,
    );
  });
});

describe('loadReviewData with a scope', () => {
  it('reads only the scope and what it aligns to, and the report is the same as from the whole cycle', async () => {
    const ws = await freshWorkspace();
    await loadSampleWorkspace(ws.cycle.id, new Date(2026, 10, 25));
    const units = await db.orgUnits.toArray();
    const all = (await loadReviewData(ws.cycle.id))!;
    for (const unit of units) {
      const scoped = (await loadReviewData(ws.cycle.id, unit.id))!;
      const inScope = subtreeIds(all.orgUnits, unit.id);
      const own = scoped.objectives.filter((o) => inScope.has(o.ownerId));
      expect(own).toEqual(all.objectives.filter((o) => inScope.has(o.ownerId)));
      // Outside the scope: only the objectives its own align to, directly or through a KR.
      const krObjective = new Map(all.keyResults.map((k) => [k.id, k.objectiveId]));
      const targets = new Set(
        own.flatMap((o) =>
          !o.alignedTo
            ? []
            : [
                o.alignedTo.kind === 'objective'
                  ? o.alignedTo.id
                  : krObjective.get(o.alignedTo.id)!,
              ],
        ),
      );
      for (const o of scoped.objectives)
        if (!inScope.has(o.ownerId)) expect(targets).toContain(o.id);

      const build = (d: typeof all) =>
        buildReviewReport({ ...d, scopeUnitId: unit.id, generatedAt: '2026-12-31T00:00:00.000Z' });
      expect(build(scoped)).toEqual(build(all));
      const picture = (d: typeof all) =>
        alignmentPicture({
          cycleId: ws.cycle.id,
          scope: new Set(build(d).objectives.map((o) => o.id)),
          objectives: d.objectives,
          keyResults: d.keyResults,
          orgUnits: d.orgUnits,
          status: {
            cycle: { start: '2026-01-01', end: '2026-03-31', state: 'planning' },
            today: '2026-02-14',
          },
          title: 'alignment',
        });
      expect(picture(scoped)).toEqual(picture(all));
    }
  });
});
