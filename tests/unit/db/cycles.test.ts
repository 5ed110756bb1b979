import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/src/db/schema';
import { ValidationError } from '../../../renderer/src/db/records';
import {
  createCycle,
  moveCycle,
  setCycleState,
  undoCycleMove,
  updateCycle,
} from '../../../renderer/src/db/commands/cycles';
import { registerCoreActions } from '../../../renderer/src/actions/core';
import { registerAction, runAction } from '../../../renderer/src/actions/registry';
import { confirmCycleMove } from '../../../renderer/src/features/cycles/cycleMove';
import { useUi } from '../../../renderer/src/store/ui';
import { ACTIONS } from '../../../shared/menu';
import { freshWorkspace } from './helpers';

let ws: Awaited<ReturnType<typeof freshWorkspace>>;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 11, 5, 12));
  ws = await freshWorkspace(new Date(2026, 11, 5));
  await db.settings.put({ key: 'locale', value: 'en-GB' });
  useUi.setState({ undoStack: [], toasts: [], dialog: null, cycleId: ws.cycle.id });
});
afterEach(() => vi.useRealTimers());

async function rejection(p: Promise<unknown>): Promise<Record<string, string>> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ValidationError);
  return (err as ValidationError).errors;
}

const stateOf = async (id: string) => (await db.cycles.get(id))!.state;

describe('createCycle', () => {
  it('refuses a second Q4 2026 next to the dates, naming the one it overlaps, and writes nothing', async () => {
    const errors = await rejection(
      createCycle(
        { name: 'Q4 2026', kind: 'quarter', start: '2026-10-01', end: '2026-12-31' },
        ws.company.id,
      ),
    );
    expect(errors.start).toBe('Overlaps Q4 2026 (1 Oct – 31 Dec 2026)');
    expect(await db.cycles.count()).toBe(1);
  });
  it('writes the overlapping dates in the locale chosen in Settings', async () => {
    await db.settings.put({ key: 'locale', value: 'en-US' });
    const errors = await rejection(
      createCycle(
        { name: 'Q4 2026', kind: 'quarter', start: '2026-10-01', end: '2026-12-31' },
        ws.company.id,
      ),
    );
    expect(errors.start).toBe('Overlaps Q4 2026 (Oct 1 – Dec 31, 2026)');
  });

  it('refuses a cycle reaching one day into the running quarter', async () => {
    const errors = await rejection(
      createCycle(
        { name: 'Late Q3', kind: 'quarter', start: '2026-07-02', end: '2026-10-01' },
        ws.company.id,
      ),
    );
    expect(errors.start).toMatch(/^Overlaps Q4 2026/);
  });
  it('accepts the next quarter, and a half year that holds the running quarter', async () => {
    await createCycle(
      { name: 'Q1 2027', kind: 'quarter', start: '2027-01-01', end: '2027-03-31' },
      ws.company.id,
    );
    await createCycle(
      { name: 'H2 2026', kind: 'half', start: '2026-07-01', end: '2026-12-31' },
      ws.company.id,
    );
    expect(await db.cycles.count()).toBe(3);
  });
});

describe('updateCycle', () => {
  it('refuses new dates that overlap another cycle of its kind', async () => {
    const q1 = await createCycle(
      { name: 'Q1 2027', kind: 'quarter', start: '2027-01-01', end: '2027-03-31' },
      ws.company.id,
    );
    const errors = await rejection(updateCycle(q1.id, { start: '2026-12-15' }));
    expect(errors.start).toBe('Overlaps Q4 2026 (1 Oct – 31 Dec 2026)');
    expect((await db.cycles.get(q1.id))!.start).toBe('2027-01-01');
    await updateCycle(q1.id, { name: 'Q1 2027 — growth' });
    expect((await db.cycles.get(q1.id))!.name).toBe('Q1 2027 — growth');
  });
});

describe('moveCycle', () => {
  it('moves the active cycle to review, and Undo brings it back to active', async () => {
    const token = await moveCycle(ws.cycle.id, 'review');
    expect(await stateOf(ws.cycle.id)).toBe('review');
    await undoCycleMove(token);
    expect(await stateOf(ws.cycle.id)).toBe('active');
  });
  it('moves one step back for whoever moved too early', async () => {
    await moveCycle(ws.cycle.id, 'review');
    await moveCycle(ws.cycle.id, 'active');
    await moveCycle(ws.cycle.id, 'planning');
    expect(await stateOf(ws.cycle.id)).toBe('planning');
  });
  it('never closes: closing has its own dialog and command', async () => {
    await moveCycle(ws.cycle.id, 'review');
    const errors = await rejection(moveCycle(ws.cycle.id, 'closed'));
    expect(errors.state).toMatch(/Close cycle and carry over/);
    expect(await stateOf(ws.cycle.id)).toBe('review');
  });
  it('refuses to move a closed cycle', async () => {
    await setCycleState(ws.cycle.id, 'closed');
    const errors = await rejection(moveCycle(ws.cycle.id, 'review'));
    expect(errors.state).toBe('Q4 2026 is closed and cannot change');
  });
  it('does not undo a move the cycle has left since', async () => {
    const token = await moveCycle(ws.cycle.id, 'review');
    await setCycleState(ws.cycle.id, 'closed');
    const errors = await rejection(undoCycleMove(token));
    expect(errors.state).toMatch(/nothing was undone/);
    expect(await stateOf(ws.cycle.id)).toBe('closed');
  });
});

describe('a confirmed move and Undo', () => {
  it('offers Undo in its message, and Ctrl/Cmd+Z restores the state', async () => {
    registerCoreActions();
    await confirmCycleMove(ws.cycle, 'review', '2026-12-05');
    expect(await stateOf(ws.cycle.id)).toBe('review');
    const toast = useUi.getState().toasts.at(-1)!;
    expect(toast.text).toBe('Q4 2026 moved to Review');
    expect(toast.undo).toBeDefined();
    await runAction(ACTIONS.undo.id);
    expect(await stateOf(ws.cycle.id)).toBe('active');
    expect(useUi.getState().toasts.at(-1)!.text).toBe('Q4 2026 is active again');
  });
  it('the palette, menu and shortcut only open the dialog: the state does not change', async () => {
    registerCoreActions();
    await runAction(ACTIONS.advanceCycle.id);
    expect(useUi.getState().dialog).toEqual({
      kind: 'moveCycle',
      cycleId: ws.cycle.id,
      to: 'review',
    });
    expect(await stateOf(ws.cycle.id)).toBe('active');
  });
  it('from review, the next state is closed: the app’s close dialog opens instead', async () => {
    registerCoreActions();
    const close = vi.fn();
    registerAction(ACTIONS.closeCycleCarryOver, close);
    await setCycleState(ws.cycle.id, 'review');
    await runAction(ACTIONS.advanceCycle.id);
    expect(close).toHaveBeenCalledOnce();
    expect(useUi.getState().dialog).toBeNull();
    expect(await stateOf(ws.cycle.id)).toBe('review');
  });
});
