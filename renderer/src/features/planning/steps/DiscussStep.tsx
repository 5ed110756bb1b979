import { useState } from 'react';
import {
  breakTie,
  dotsUsedBy,
  inShownOrder,
  isOutOfVoteOrder,
  voterKey,
} from '@shared/domain/planning';
import { clearVotes, setDotBudget, setPrioritiesFromVotes } from '../../../db/commands/planning';
import { restoreDeleted } from '../../../db/commands/softDelete';
import { deleteWithUndo, useUi } from '../../../store/ui';
import { describeError, reportError } from '../../../ui/errors';
import { ProposalRow } from '../ProposalRow';
import type { PlanningData } from '../usePlanningData';
import { CommentThread } from './CommentThread';
import { VoteButtons } from './VoteButtons';
import { useFormat } from '../../settings/useFormat';
import { useProposalsViewOnly } from '../usePlanningRights';

export interface Props {
  data: PlanningData;
}

/** Step 2, "Management Discussion": comments on each proposal, dot voting, ties broken by hand. */
export function DiscussStep({ data }: Props) {
  const viewOnly = useProposalsViewOnly(data);
  const { count, number } = useFormat();
  const voter = useUi((s) => s.voter);
  // Sorted once on entering the step, then on demand: rows stay under the voter's pointer.
  const [shownIds, setShownIds] = useState(() => data.order.map((p) => p.id));
  const rows = inShownOrder(shownIds, data.order);
  const unsorted = isOutOfVoteOrder(rows, data.order);
  const sortByVotes = () => setShownIds(data.order.map((p) => p.id));
  const [message, setMessage] = useState<string | null>(null);
  const [budgetText, setBudgetText] = useState(String(data.budget));
  const used = voter.trim() ? dotsUsedBy(data.votes, voter) : 0;
  const cycleId = data.cycle.id;
  const saveBudget = () => {
    const n = Number(budgetText);
    setDotBudget(n).then(
      () => setMessage(null),
      (err: unknown) => (setMessage(describeError(err)), setBudgetText(String(data.budget))),
    );
  };
  const setPriorities = () =>
    setPrioritiesFromVotes(cycleId).then(
      (n) => useUi.getState().toast(`Priorities set from the votes (${count(n, 'rank')} changed)`),
      (err: unknown) => setMessage(describeError(err)),
    );
  const mineOn = (id: string) =>
    data.votes
      .filter((v) => v.objectiveId === id && voterKey(v.voter) === voterKey(voter))
      .reduce((n, v) => n + v.dots, 0);
  return (
    <>
      <div className="step__tools">
        <label className="step__field">
          Your name
          <input
            value={voter}
            onChange={(e) => useUi.getState().setVoter(e.target.value)}
            placeholder="Who is voting?"
          />
        </label>
        <label className="step__field step__field--narrow">
          Dots per person
          <input
            inputMode="numeric"
            value={budgetText}
            onChange={(e) => setBudgetText(e.target.value)}
            onBlur={saveBudget}
            onKeyDown={(e) => e.key === 'Enter' && saveBudget()}
          />
        </label>
        <p className="step__budget" aria-live="polite">
          {voter.trim()
            ? `${voter.trim()}: ${number(Math.max(0, data.budget - used))} of ${count(data.budget, 'dot')} left`
            : 'Type your name to vote and comment'}
        </p>
      </div>
      {message ? (
        <p className="field__error step__message" role="alert">
          {message}
        </p>
      ) : null}
      {data.order.length === 0 ? (
        <p className="muted">No proposals yet: submit drafts in step 1.</p>
      ) : (
        <div className="step__sort">
          <p className="muted small" aria-live="polite">
            {unsorted
              ? 'Votes have changed the order since the list was sorted.'
              : 'In vote order: most dots first.'}
          </p>
          <button type="button" disabled={!unsorted} onClick={sortByVotes}>
            Sort by votes
          </button>
        </div>
      )}
      <ol className="proposals">
        {rows.map((p, i) => {
          const o = data.byId.get(p.id)!;
          // Ties are broken in vote order, whatever the rows show.
          const at = data.order.findIndex((q) => q.id === p.id);
          const above = data.order[at - 1];
          const below = data.order[at + 1];
          return (
            <ProposalRow
              key={p.id}
              objective={o}
              data={data}
              position={i + 1}
              extra={
                <CommentThread
                  objectiveId={o.id}
                  title={o.title}
                  comments={data.comments.get(o.id) ?? []}
                  author={voter}
                />
              }
            >
              <VoteButtons
                cycleId={cycleId}
                proposal={p}
                title={o.title}
                voter={voter}
                mine={mineOn(p.id)}
                tiedAbove={!!above && above.dots === p.dots}
                tiedBelow={!!below && below.dots === p.dots}
                onTieMoved={(direction) => {
                  const next = breakTie(data.order, p.id, direction);
                  if (next) setShownIds(next);
                }}
                onRefused={setMessage}
              />
            </ProposalRow>
          );
        })}
      </ol>
      <div className="step__footer">
        <button
          type="button"
          className="primary"
          disabled={data.order.length === 0 || !!viewOnly(data.order.map((p) => p.id))}
          title={viewOnly(data.order.map((p) => p.id)) ?? undefined}
          onClick={() => void setPriorities()}
        >
          Set priorities from votes
        </button>
        <button
          type="button"
          disabled={data.votes.length === 0}
          onClick={() =>
            void deleteWithUndo('votes', () => clearVotes(cycleId), restoreDeleted).catch(
              reportError,
            )
          }
        >
          Clear all votes
        </button>
      </div>
    </>
  );
}
