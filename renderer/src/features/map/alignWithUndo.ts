import type { Alignment, Objective } from '@shared/domain/model';
import { alignObjective } from '../../db/commands/objectives';
import { useUi, type UndoEntry } from '../../store/ui';
import { objectiveViewOnlyNow } from '../../sync/viewOnlyNow';

const quote = (s: string): string => `“${s.length > 60 ? s.slice(0, 59) + '…' : s}”`;
const same = (a: Alignment | null, b: Alignment | null): boolean =>
  a?.kind === b?.kind && a?.id === b?.id;

/**
 * Sets (or clears) an objective's alignment as one write, remembers how to put the previous
 * one back, and offers Undo; in a team workspace, only when this member may edit it. Throws the command's ValidationError (e.g. a loop) untouched.
 */
export async function alignWithUndo(
  objective: Pick<Objective, 'id' | 'title' | 'alignedTo' | 'ownerId' | 'cycleId' | 'private'>,
  target: Alignment | null,
  targetTitle: string | null,
): Promise<void> {
  const before = objective.alignedTo;
  if (same(before, target)) return;
  // A drag on the map is no form to disable: say why instead of sending a refused write.
  const viewOnly = await objectiveViewOnlyNow(objective);
  if (viewOnly) return useUi.getState().toast(viewOnly, 'error');
  await alignObjective(objective.id, target);
  const what = target
    ? `alignment of ${quote(objective.title)}`
    : `link of ${quote(objective.title)}`;
  const entry: UndoEntry = {
    label: `Undo ${what}`,
    undo: async () => {
      await alignObjective(objective.id, before);
    },
  };
  useUi.getState().pushUndo(entry);
  useUi
    .getState()
    .toast(
      target
        ? `${quote(objective.title)} now aligns to ${quote(targetTitle ?? 'its parent')}`
        : `${quote(objective.title)} is no longer aligned`,
      'info',
      entry,
    );
}
