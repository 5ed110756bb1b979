import type { CoachKeyResult, CoachObjective } from '@shared/domain/coach';
import { DraftObjectiveHints } from './DraftObjectiveHints';
import { KeyResultHints } from './KeyResultHints';
import { SavedObjectiveHints } from './SavedObjectiveHints';

export type Props =
  /** A new objective being typed (no id yet). */
  | { objective: Omit<CoachObjective, 'id'>; cycleId: string; keyResult?: never }
  /** A saved objective in the detail pane; `objective.title` is the title as typed. */
  | {
      objective: CoachObjective & { ownerId: string };
      cycleId: string;
      saved: true;
      keyResult?: never;
    }
  /** A key result being typed. */
  | { keyResult: CoachKeyResult; objective?: never };

/** Live coach findings under a title field. Mount it below the field it coaches. */
export function CoachHints(props: Props) {
  if (props.keyResult) return <KeyResultHints keyResult={props.keyResult} />;
  if ('saved' in props && props.saved)
    return (
      <SavedObjectiveHints
        objectiveId={props.objective.id}
        cycleId={props.cycleId}
        ownerId={props.objective.ownerId}
        title={props.objective.title}
      />
    );
  return <DraftObjectiveHints objective={props.objective} cycleId={props.cycleId} />;
}
