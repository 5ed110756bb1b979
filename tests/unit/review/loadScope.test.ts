import { describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/schema';
import { loadSampleWorkspace } from '../../../renderer/src/db/commands/sample';
import { loadReviewData } from '../../../renderer/src/features/review/useReviewData';
import { subtreeIds } from '../../../shared/domain/org';
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
