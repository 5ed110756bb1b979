import { describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db/schema';
import { loadSampleWorkspace } from '../../../renderer/src/db/commands/sample';
import { rowsWhereAnyOf } from '../../../renderer/src/db/reads';
import { freshWorkspace } from './helpers';

describe('rowsWhereAnyOf', () => {
  it('gives the rows anyOf gives, in the same order, for repeated and unordered keys', async () => {
    const ws = await freshWorkspace();
    await loadSampleWorkspace(ws.cycle.id, new Date(2026, 10, 25));
    const krIds = (await db.keyResults.toArray()).map((k) => k.id).reverse();
    const keys = [...krIds, krIds[0]!, 'no-such-key-result'];
    const viaCursor = await db.checkIns.where('keyResultId').anyOf(keys).toArray();
    expect(viaCursor.length).toBeGreaterThan(krIds.length);
    expect(await rowsWhereAnyOf(db.checkIns, 'keyResultId', keys)).toEqual(viaCursor);

    const owners = (await db.orgUnits.toArray()).map((u) => [ws.cycle.id, u.id]);
    expect(await rowsWhereAnyOf(db.objectives, '[cycleId+ownerId]', owners)).toEqual(
      await db.objectives.where('[cycleId+ownerId]').anyOf(owners).toArray(),
    );
    expect(await rowsWhereAnyOf(db.checkIns, 'keyResultId', [])).toEqual([]);
  });
});
