import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * The runner tells the host which files to keep as the live feeds change: a fake host records
 * what it was asked to watch and to forget.
 */
const fake = vi.hoisted(() => ({
  watchFeedFiles: vi.fn(async (_refs: string[]) => undefined),
  forgetFeedFile: vi.fn(async (_ref: string) => undefined),
  onFeedFileChanged: vi.fn(() => () => undefined),
  readFeedFile: vi.fn(async () => ({ gone: true as const })),
}));
vi.mock('../../../renderer/src/host', () => ({ host: fake }));

import { startFeedRunner } from '../../../renderer/src/features/feeds/feedRunner';
import { FEED_FILES_KEY, feedFileBook } from '../../../renderer/src/features/feeds/feedFileBook';
import { unlinkFeedOf } from '../../../renderer/src/db/commands/feedTargets';
import { createObjective } from '../../../renderer/src/db/commands/objectives';
import { createKeyResult, deleteKeyResult } from '../../../renderer/src/db/commands/keyResults';
import { linkFeed } from '../../../renderer/src/db/commands/feeds';
import { linkKpiFeed } from '../../../renderer/src/db/commands/kpiFeeds';
import { createKpi, deleteKpi } from '../../../renderer/src/db/commands/kpis';
import { restoreDeleted } from '../../../renderer/src/db/commands/softDelete';
import { WORKSPACES_KEY, type ListStore } from '../../../renderer/src/workspaces/registry';
import { freshWorkspace } from '../db/helpers';

const link = (fileRef: string) => ({
  fileName: fileRef.split('/').at(-1)!,
  fileRef,
  kind: 'csv' as const,
  column: 'Value',
  reading: 'last' as const,
});

/** localStorage as the registry reads it, with the workspaces this computer has. */
function machine(teams: string[] = []): ListStore & { items: Map<string, string> } {
  const items = new Map<string, string>();
  items.set(
    WORKSPACES_KEY,
    JSON.stringify({
      activeId: 'personal',
      workspaces: [
        { id: 'personal', name: 'Personal', kind: 'personal', dbName: 'cairn' },
        ...teams.map((id) => ({
          id,
          name: id,
          kind: 'team',
          dbName: `cairn-team-${id}`,
          serverUrl: 'wss://team.example.org',
        })),
      ],
    }),
  );
  return {
    items,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
  };
}

async function fedKeyResults(...refs: string[]) {
  const ws = await freshWorkspace();
  const o = await createObjective({
    title: 'Grow revenue',
    ownerId: ws.meId,
    cycleId: ws.cycle.id,
  });
  const krs = [];
  for (const ref of refs) {
    const kr = await createKeyResult(o.id, { title: ref, kind: 'increase', start: 0, target: 10 });
    await linkFeed(kr.id, link(ref));
    krs.push(kr);
  }
  return { ws, krs };
}

const watching = (refs: string[]) =>
  vi.waitFor(() => expect(fake.watchFeedFiles).toHaveBeenLastCalledWith(refs));

let stop = () => undefined as void;
afterEach(() => {
  stop();
  vi.clearAllMocks();
});

describe('startFeedRunner', () => {
  it('unwatches and forgets a deleted key result’s file at once; Undo lists it again', async () => {
    const { krs } = await fedKeyResults('/r/sales.csv', '/r/churn.csv');
    stop = startFeedRunner(feedFileBook(machine()));
    await watching(['/r/churn.csv', '/r/sales.csv']);
    expect(fake.forgetFeedFile).not.toHaveBeenCalled();

    const token = await deleteKeyResult(krs[0]!.id);
    await watching(['/r/churn.csv']);
    expect(fake.forgetFeedFile.mock.calls).toEqual([['/r/sales.csv']]);

    await restoreDeleted(token);
    await watching(['/r/churn.csv', '/r/sales.csv']);
    expect(fake.forgetFeedFile).toHaveBeenCalledTimes(1);
  });

  it('forgets a KPI’s file when the KPI is deleted, and a key result’s when its feed is unlinked', async () => {
    const { ws, krs } = await fedKeyResults('/r/sales.csv');
    const kpi = await createKpi(ws.company.id, {
      name: 'Uptime',
      unit: '%',
      direction: 'higher',
      warningAt: 99.5,
      criticalAt: 99,
      healthyLimit: null,
    });
    await linkKpiFeed(kpi.id, link('/r/uptime.csv'));
    stop = startFeedRunner(feedFileBook(machine()));
    await watching(['/r/sales.csv', '/r/uptime.csv']);

    await deleteKpi(kpi.id);
    await vi.waitFor(() => expect(fake.forgetFeedFile).toHaveBeenCalledWith('/r/uptime.csv'));
    await unlinkFeedOf({ kind: 'keyResult', id: krs[0]!.id });
    await vi.waitFor(() => expect(fake.forgetFeedFile).toHaveBeenCalledWith('/r/sales.csv'));
    expect(fake.watchFeedFiles).toHaveBeenLastCalledWith([]);
  });

  it('keeps a file another key result still reads', async () => {
    const { krs } = await fedKeyResults('/r/sales.csv', '/r/sales.csv');
    stop = startFeedRunner(feedFileBook(machine()));
    await watching(['/r/sales.csv']);
    await deleteKeyResult(krs[0]!.id);
    await unlinkFeedOf({ kind: 'keyResult', id: krs[1]!.id });
    await watching([]);
    // Only once the last key result reading it let go.
    expect(fake.forgetFeedFile.mock.calls).toEqual([['/r/sales.csv']]);
  });

  it('keeps a file another workspace on this computer feeds from, or may feed from', async () => {
    const { krs } = await fedKeyResults('/r/sales.csv', '/r/churn.csv');
    const store = machine(['team-a', 'team-b']);
    // Sharing copied the sales link into team A; team B was not opened since files were kept.
    store.setItem(FEED_FILES_KEY, JSON.stringify({ 'team-a': ['/r/sales.csv'] }));
    stop = startFeedRunner(feedFileBook(store));
    await watching(['/r/churn.csv', '/r/sales.csv']);
    expect(JSON.parse(store.getItem(FEED_FILES_KEY)!)).toEqual({
      personal: ['/r/churn.csv', '/r/sales.csv'],
      'team-a': ['/r/sales.csv'],
    });

    await deleteKeyResult(krs[1]!.id);
    await watching(['/r/sales.csv']);
    expect(fake.forgetFeedFile).not.toHaveBeenCalled();

    store.setItem(
      FEED_FILES_KEY,
      JSON.stringify({ personal: ['/r/sales.csv'], 'team-a': ['/r/sales.csv'], 'team-b': [] }),
    );
    await deleteKeyResult(krs[0]!.id);
    await watching([]);
    expect(fake.forgetFeedFile).not.toHaveBeenCalled();
  });
});
