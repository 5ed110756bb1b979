import type { ReviewMark } from '@shared/domain/cycleClose';
import type { Cycle, OrgUnit } from '@shared/domain/model';
import {
  markUnitReviewed,
  reopenUnitReview,
  restoreUnitReview,
  type ReviewState,
} from '../../db/commands/review';
import { reportError } from '../../ui/errors';
import { useGoalsViewOnly } from '../../sync/useViewOnly';
import { offerUndo } from '../checkins/undo';
import { possessive } from '@shared/format';

export interface Props {
  cycle: Cycle;
  /** The unit in scope: the one whose review this button marks. */
  unit: OrgUnit;
  mark: ReviewMark | null;
}

/** A unit marks its own review of the cycle done, or reopens it; both undoable. */
export function UnitReviewButton({ cycle, unit, mark }: Props) {
  // The mark is kept with the unit's goals: only those who edit them mark it.
  const viewOnly = useGoalsViewOnly(unit);
  const undoTo = (before: ReviewState) => () => restoreUnitReview(cycle.id, unit.id, before);
  const toggle = async () => {
    try {
      if (mark) {
        const before = await reopenUnitReview(cycle.id, unit.id);
        offerUndo(
          `${possessive(unit.name)} review is reopened`,
          'reopening the review',
          undoTo(before),
        );
      } else {
        const before = await markUnitReviewed(cycle.id, unit.id);
        offerUndo(
          `${possessive(unit.name)} review is marked done`,
          'marking the review done',
          undoTo(before),
        );
      }
    } catch (err) {
      reportError(err);
    }
  };
  return (
    <button
      type="button"
      disabled={!!viewOnly}
      title={viewOnly ?? undefined}
      onClick={() => void toggle()}
    >
      {mark
        ? `Reopen ${possessive(unit.name)} review`
        : `Mark ${possessive(unit.name)} review done`}
    </button>
  );
}
