import { mergedFieldName, mergedRecordName } from '@shared/sync/mergedText';
import { keepMine, settleMergedChange } from '../../db/sync/inbox';
import { reopenMergedChange, undoKeepMine } from '../../db/sync/inboxUndo';
import { changeWithUndo } from '../../store/ui';
import { reportError } from '../../ui/errors';
import type { MergedEntry } from './mergedInbox';

const what = (e: MergedEntry) =>
  e.kind === 'field'
    ? `${mergedRecordName(e.table).toLowerCase()} ${mergedFieldName(e.field)}`
    : 'repair';

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
  changeWithUndo({
    run: () => settleMergedChange(e.id),
    reverse: () => reopenMergedChange(e.id),
    message: `Dismissed the merged ${what(e)}`,
    label: `Undo dismissing the merged ${what(e)}`,
    undone: `The merged ${what(e)} is back in the inbox`,
  }).catch(reportError);
}
