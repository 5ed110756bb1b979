import type { RankedProposal } from '@shared/domain/planning';
import { castVote, moveInTie, retractVote } from '../../../db/commands/planning';
import { describeError } from '../../../ui/errors';
import { useFormat } from '../../settings/useFormat';

export interface Props {
  cycleId: string;
  proposal: RankedProposal;
  title: string;
  voter: string;
  mine: number;
  tiedAbove: boolean;
  tiedBelow: boolean;
  /** After a move within the tie: the list shows the new order at once. */
  onTieMoved: (direction: -1 | 1) => void;
  onRefused: (message: string | null) => void;
}

/** Dots on one proposal: add one, take one back, and break a tie by hand. */
export function VoteButtons({
  cycleId,
  proposal: p,
  title,
  voter,
  mine,
  tiedAbove,
  tiedBelow,
  onTieMoved,
  onRefused,
}: Props) {
  const { count } = useFormat();
  const run = (action: Promise<unknown>, after?: () => void) =>
    void action.then(
      () => (onRefused(null), after?.()),
      (err: unknown) => onRefused(describeError(err)),
    );
  return (
    <div className="vote">
      <span className="vote__dots" aria-label={count(p.dots, 'dot')}>
        {'●'.repeat(Math.min(p.dots, 12))}
        <span className="vote__count">{p.dots}</span>
      </span>
      <button
        type="button"
        onClick={() => run(castVote(p.id, voter))}
        aria-label={`Add a dot to “${title}”`}
      >
        + dot
      </button>
      <button
        type="button"
        disabled={mine === 0}
        onClick={() => run(retractVote(p.id, voter))}
        aria-label={`Take a dot back from “${title}”`}
      >
        − dot
      </button>
      {p.tied ? (
        <span className="vote__tie">
          <span className="pill">Tied</span>
          <button
            type="button"
            className="icon"
            disabled={!tiedAbove}
            onClick={() => run(moveInTie(cycleId, p.id, -1), () => onTieMoved(-1))}
            aria-label={`Move “${title}” up in its tie`}
          >
            ↑
          </button>
          <button
            type="button"
            className="icon"
            disabled={!tiedBelow}
            onClick={() => run(moveInTie(cycleId, p.id, 1), () => onTieMoved(1))}
            aria-label={`Move “${title}” down in its tie`}
          >
            ↓
          </button>
        </span>
      ) : null}
    </div>
  );
}
