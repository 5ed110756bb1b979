import { describeReviewMark, reviewMarkOf } from '../../../../shared/domain/cycleClose';
import type { Cycle, OrgUnit, Retro } from '../../../../shared/domain/model';
import {
  markUnitReviewed,
  reopenUnitReview,
  restoreUnitReview,
  type ReviewState,
} from '../../db/commands/review';
import { reportError } from '../../ui/errors';
import { offerUndo } from '../checkins/undo';

export interface Props {
  cycle: Cycle;
  /** The unit in scope: the one whose review these controls mark. */
  unit: OrgUnit;
  retros: readonly Retro[];
  nameOf: (id: string) => string | undefined;
}

/** A unit marks its own review of the cycle done, or reopens it; both undoable. */
export function UnitReviewBar({ cycle, unit, retros, nameOf }: Props) {
  const mark = reviewMarkOf(retros, unit.id);
  const undoTo = (before: ReviewState) => () => restoreUnitReview(cycle.id, unit.id, before);
  const toggle = async () => {
    try {
      if (mark) {
        const before = await reopenUnitReview(cycle.id, unit.id);
        offerUndo(`${unit.name}'s review is reopened`, 'reopening the review', undoTo(before));
      } else {
        const before = await markUnitReviewed(cycle.id, unit.id);
        offerUndo(
          `${unit.name}'s review is marked done`,
          'marking the review done',
          undoTo(before),
        );
      }
    } catch (err) {
      reportError(err);
    }
  };
  return (
    <div className="unit-review-bar">
      <span className={mark ? 'unit-review-bar__done' : 'muted small'}>
        {mark ? describeReviewMark(mark, nameOf) : `${unit.name}: review not done`}
      </span>
      <button type="button" onClick={() => void toggle()}>
        {mark ? `Reopen ${unit.name}'s review` : `Mark ${unit.name}'s review done`}
      </button>
    </div>
  );
}
