import { describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  watchFeedFiles: vi.fn(async (_refs: string[]) => undefined),
  onFeedFileChanged: vi.fn(() => () => undefined),
  readFeedFile: vi.fn(async () => ({ error: 'missing' as const })),
}));
vi.mock('../../../renderer/src/host', () => ({ host: fake }));

import { startFeedRunner } from '../../../renderer/src/features/feeds/feedRunner';
import { db } from '../../../renderer/src/db/schema';
import { createObjective, deleteObjective } from '../../../renderer/src/db/commands/objectives';
import { createKeyResult } from '../../../renderer/src/db/commands/keyResults';
import { linkFeed } from '../../../renderer/src/db/commands/feeds';
import { freshWorkspace } from '../db/helpers';

const link = (fileRef: string) => ({
  fileName: fileRef.split('/').at(-1)!,
  fileRef,
  kind: 'csv' as const,
  column: 'MRR',
  reading: 'last' as const,
});

describe('startFeedRunner', () => {
  it('watches the files of the live key results fed from files, and only theirs', async () => {
    const ws = await freshWorkspace();
    const o = await createObjective({
      title: 'Grow revenue',
      ownerId: ws.meId,
      cycleId: ws.cycle.id,
    });
    const kr = (title: string) =>
      createKeyResult(o.id, { title, kind: 'increase', start: 0, target: 10 });
    const fed = await kr('MRR reaches 60k');
    await kr('Churn below 2 %');
    await linkFeed(fed.id, link('/reports/sales.csv'));
    const gone = await createObjective({ title: 'Old', ownerId: ws.meId, cycleId: ws.cycle.id });
    const goneKr = await createKeyResult(gone.id, {
      title: 'Old feed',
      kind: 'increase',
      start: 0,
      target: 10,
    });
    await linkFeed(goneKr.id, link('/reports/old.csv'));
    await deleteObjective(gone.id);

    const stop = startFeedRunner();
    await vi.waitFor(() => expect(fake.watchFeedFiles).toHaveBeenCalled());
    stop();
    expect(fake.watchFeedFiles).toHaveBeenLastCalledWith(['/reports/sales.csv']);
    expect(await db.keyResults.count()).toBe(3);
  });
});
