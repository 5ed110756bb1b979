import { beforeEach, describe, expect, it } from 'vitest';
import { runCoach } from '../../../shared/domain/coach';
import { ensureWorkspace } from '../../../renderer/src/db/bootstrap';
import { createObjective } from '../../../renderer/src/db/commands/objectives';
import { db } from '../../../renderer/src/db/schema';
import { loadCoachInput } from '../../../renderer/src/features/coach/loadCoachInput';
import { loadLanguage } from '../../../shared/domain/coach';

// The coach's language model loads on demand (shared/domain/coach/language/model.ts).
await loadLanguage();

let companyId: string;
let firstId: string;

beforeEach(async () => {
  db.close();
  await db.delete();
  await db.open();
  await ensureWorkspace(new Date(2026, 6, 10));
  companyId = (await db.orgUnits.where('kind').equals('company').first())!.id;
  firstId = (await db.cycles.toCollection().first())!.id;
});

/** A later quarter whose objective is aligned to one of the first, which is then closed. */
async function laterAlignedToFirst() {
  const parent = await createObjective({
    title: 'Make onboarding a delight for new teams',
    ownerId: companyId,
    cycleId: firstId,
  });
  const first = (await db.cycles.get(firstId))!;
  await db.cycles.put({
    ...first,
    id: 'later',
    name: 'Q4 2026',
    start: '2026-10-01',
    end: '2026-12-31',
  });
  await db.objectives.put({
    ...parent,
    id: 'child',
    cycleId: 'later',
    title: 'Turn first-week teams into weekly regulars',
    alignedTo: { kind: 'objective', id: parent.id },
  });
  await db.cycles.update(firstId, { state: 'closed' });
  return parent;
}

describe('loadCoachInput', () => {
  it('brings what objectives are aligned to in other cycles, so a closed one is flagged', async () => {
    await laterAlignedToFirst();
    const input = (await loadCoachInput('later', '2026-10-20'))!;
    const flagged = runCoach(input).filter((f) => f.ruleId === 'aligned-to-closed-cycle');
    expect(flagged.map((f) => f.subject.id)).toEqual(['child']);
  });

  it('leaves a deleted target out, so the link is reported as pointing at nothing', async () => {
    const parent = await laterAlignedToFirst();
    await db.objectives.update(parent.id, { deletedAt: '2026-10-02T10:00:00Z' });
    const input = (await loadCoachInput('later', '2026-10-20'))!;
    expect(runCoach(input).filter((f) => f.ruleId === 'aligned-to-missing')).toHaveLength(1);
  });
});
