import { mergedFieldName, mergedRecordName } from '@shared/sync/mergedText';
import { keepMine, settleMergedChange } from '../../db/sync/inbox';
import { reopenMergedChange, undoKeepMine } from '../../db/sync/inboxUndo';
import { changeWithUndo } from '../../store/ui';
import { reportError } from '../../ui/errors';
import type { MergedEntry } from './mergedInbox';

const what = (e: MergedEntry) =>
  `${mergedRecordName(e.table).toLowerCase()} ${mergedFieldName(e.field)}`;

/** Keep mine: my value goes back in for everyone; Undo puts theirs back. */
export function keepMineWithUndo(e: MergedEntry): void {
  changeWithUndo({
    run: () => keepMine(e.id),
    reverse: () => undoKeepMine(e.id),
    message: `Kept your ${what(e)}`,
    label: `Undo keeping your ${what(e)}`,
    undone: `Their ${what(e)} is back`,
  }).catch(reportError);
}

/** Dismiss: theirs stays (or the repair is noted); Undo puts the entry back in the inbox. */
export function dismissEntry(e: MergedEntry): void {
  const entry = e.kind === 'field' ? `merged ${what(e)}` : 'note of a repair';
  changeWithUndo({
    run: () => settleMergedChange(e.id),
    reverse: () => reopenMergedChange(e.id),
    message: `Dismissed the ${entry}`,
    label: `Undo dismissing the ${entry}`,
    undone: `The ${entry} is back in Merged changes`,
  }).catch(reportError);
}
