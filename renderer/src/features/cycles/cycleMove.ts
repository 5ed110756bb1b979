import { nextCycleState } from '@shared/domain/cycle';
import { cycleMoveRefusal, describeCycleMove, previousCycleState } from '@shared/domain/cycleMoves';
import type { Cycle, CycleState } from '@shared/domain/model';
import { ACTIONS } from '@shared/menu';
import { runAction } from '../../actions/registry';
import { moveCycle, undoCycleMove } from '../../db/commands/cycles';
import { db } from '../../db/schema';
import { isLive } from '../../db/records';
import { changeWithUndo, useUi } from '../../store/ui';

/**
 * Every way of moving a cycle (palette, menu, shortcut, the sidebar's buttons) comes here and
 * only opens a dialog: nothing changes state without the person confirming what it does.
 * Closing opens the close dialog the app already has.
 */
export async function requestCycleMove(direction: 'next' | 'back'): Promise<void> {
  const ui = useUi.getState();
  const cycle = ui.cycleId ? await db.cycles.get(ui.cycleId) : undefined;
  if (!isLive(cycle)) return;
  const to = direction === 'next' ? nextCycleState(cycle.state) : previousCycleState(cycle.state);
  if (to === 'closed') {
    await runAction(ACTIONS.closeCycleCarryOver.id);
    return;
  }
  const refusal = to ? cycleMoveRefusal(cycle, to) : null;
  if (!to || refusal) {
    ui.toast(
      refusal ??
        (cycle.state === 'closed'
          ? `${cycle.name} is closed and cannot change`
          : `${cycle.name} is in planning: there is no earlier state`),
    );
    return;
  }
  ui.openDialog({ kind: 'moveCycle', cycleId: cycle.id, to });
}

/** The confirmed move, undoable from its message and with Ctrl/Cmd+Z. */
export function confirmCycleMove(
  cycle: Pick<Cycle, 'id' | 'name' | 'state' | 'start' | 'end'>,
  to: Exclude<CycleState, 'closed'>,
  today: string,
): Promise<void> {
  const text = describeCycleMove(cycle, to, today);
  return changeWithUndo({
    run: () => moveCycle(cycle.id, to),
    reverse: undoCycleMove,
    message: text.done,
    label: `Undo moving ${cycle.name}`,
    undone: text.undone,
  });
}
