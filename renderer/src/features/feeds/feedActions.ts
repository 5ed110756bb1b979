import { linkFeedOf, unlinkFeedOf, type FeedTargetRef } from '../../db/commands/feedTargets';
import { useUi } from '../../store/ui';

/** Unlinks a key result or KPI from its file, with Undo bringing back the link as it was. */
export async function unlinkFeedWithUndo(target: FeedTargetRef): Promise<void> {
  const old = await unlinkFeedOf(target);
  if (!old) return;
  const entry = {
    label: `Undo unlinking ${old.fileName}`,
    undo: async () => {
      const { lastReadAt: _r, problem: _p, ...link } = old;
      await linkFeedOf(target, link);
    },
  };
  // The feature folders import no one another in a cycle: Undo is offered here directly.
  useUi.getState().pushUndo(entry);
  useUi.getState().toast(`Unlinked ${old.fileName}`, 'info', entry);
}
