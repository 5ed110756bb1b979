import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReminderKeyResult, ReminderPlan } from '../../../shared/domain/reminders';
import {
  ReminderScheduler,
  type ReminderMemory,
} from '../../../renderer/src/features/reminders/scheduler';
import { readLastReminded, rememberReminded } from '../../../renderer/src/db/commands/reminded';
import { freshWorkspace } from '../db/helpers';

/**
 * "Already reminded" survives a restart: each run of the app is a new scheduler over the same
 * workspace database (fake-indexeddb), on fake timers and a fake Berlin clock.
 */
const previousTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Berlin';
});
afterAll(() => {
  process.env.TZ = previousTz;
});
beforeEach(async () => {
  await freshWorkspace();
});
afterEach(() => {
  vi.useRealTimers();
});

const cycle = { start: '2026-10-01', end: '2026-12-31', state: 'active' as const };
const prefs = { checkInDay: 1 as const, checkInTime: '09:00', staleDays: 14 };
const due: ReminderKeyResult[] = [
  {
    kr: {
      id: 'kr1',
      title: 'Median query time',
      cycleId: 'q4',
      kind: 'increase',
      current: 0,
      createdAt: '2026-09-20T10:00:00.000Z',
    },
    cycle,
    lastCheckInAt: '2026-10-05',
  },
];

/**
 * A scheduler that has looked twice: at once (the badge's count), then again once its memory
 * answered — only then does it know whether this moment was reminded already.
 */
function started(options: ConstructorParameters<typeof ReminderScheduler>[0], prefsNow = prefs) {
  const s = new ReminderScheduler(options);
  let looks = 0;
  const recalled = new Promise<void>((resolve) =>
    s.subscribe(() => {
      if (++looks === 2) resolve();
    }),
  );
  s.update({ prefs: prefsNow, keyResults: due });
  return { s, recalled };
}

/** Starts the app's scheduler as a launch does, over the workspace's settings. */
async function launch(prefsNow = prefs) {
  const shown: ReminderPlan[] = [];
  const write = vi.fn(rememberReminded);
  const { s, recalled } = started(
    { notify: (p) => shown.push(p), memory: { read: readLastReminded, write } },
    prefsNow,
  );
  await recalled;
  // The kept moment is written before the run is over.
  await Promise.all(write.mock.results.map((r) => r.value));
  s.stop();
  return { s, shown };
}

describe('ReminderScheduler with the workspace’s memory', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      now: new Date('2026-10-12T09:00'),
      toFake: ['Date'],
    });
  });

  it('reminds once, and not again after a restart the same week', async () => {
    expect((await launch()).shown).toHaveLength(1);
    expect(await readLastReminded()).toBe('2026-10-12T09:00');

    vi.setSystemTime(new Date('2026-10-14T15:00'));
    const second = await launch();
    expect(second.shown).toEqual([]);
    expect(second.s.current()?.due).toHaveLength(1);
  });

  it('reminds again after a restart in a new week', async () => {
    expect((await launch()).shown).toHaveLength(1);

    vi.setSystemTime(new Date('2026-10-19T09:05'));
    expect((await launch()).shown).toHaveLength(1);
    expect(await readLastReminded()).toBe('2026-10-19T09:00');
  });

  it('reminds again after a restart when the check-in time moved within the week', async () => {
    expect((await launch()).shown).toHaveLength(1);

    vi.setSystemTime(new Date('2026-10-12T10:00'));
    expect((await launch({ ...prefs, checkInTime: '09:30' })).shown).toHaveLength(1);
    expect(await readLastReminded()).toBe('2026-10-12T09:30');
  });
});

describe('ReminderScheduler waiting for its memory', () => {
  it('shows nothing until the kept moment is known, then only what it has not shown', async () => {
    vi.useFakeTimers({
      now: new Date('2026-10-12T09:00'),
      toFake: ['setTimeout', 'clearTimeout', 'Date'],
    });
    let answer: (kept: string | null) => void = () => undefined;
    const memory: ReminderMemory = {
      read: () => new Promise((r) => (answer = r)),
      write: vi.fn(async () => undefined),
    };
    const shown: ReminderPlan[] = [];
    const { s, recalled } = started({ notify: (p) => shown.push(p), memory });
    // The badge's count is known at once; the reminder waits for the memory.
    expect(s.current()?.due).toHaveLength(1);
    expect(shown).toEqual([]);
    answer('2026-10-12T09:00');
    await recalled;
    expect(shown).toEqual([]);
    expect(memory.write).not.toHaveBeenCalled();
    // A week later, the timer wakes it and it reminds, remembering the new moment.
    await vi.advanceTimersByTimeAsync(7 * 24 * 3_600_000);
    expect(shown).toHaveLength(1);
    expect(memory.write).toHaveBeenCalledWith('2026-10-19T09:00');
    s.stop();
  });
});
