import { submitProposal, withdrawProposal } from '../../../db/commands/planning';
import { mayWriteRecord, viewOnlyReason } from '@shared/sync/editRights';
import type { Objective } from '@shared/domain/model';
import { useUi } from '../../../store/ui';
import { useWriteCheck } from '../../../sync/useCanEdit';
import { reportError } from '../../../ui/errors';
import { ProposalRow } from '../ProposalRow';
import type { PlanningData } from '../usePlanningData';

export interface Props {
  data: PlanningData;
}

const run = (p: Promise<unknown>) => void p.catch(reportError);

/**
 * Why there are no drafts, truthfully: nothing planned yet, everything submitted, or the
 * cycle's objectives already agreed or published (past this step, not waiting in it).
 */
function noDrafts(objectives: readonly Objective[], proposed: number): string {
  if (objectives.length === 0)
    return 'No objectives in this cycle yet: New objective starts a draft.';
  if (proposed === objectives.length)
    return 'No drafts: every objective of this cycle is submitted.';
  if (proposed === 0) return 'No drafts: this cycle’s objectives are already agreed or published.';
  return 'No drafts: the proposals below wait for the meeting; the rest are agreed or published.';
}

/** Step 1, "Employee Submission Objectives": drafts become proposals for the meeting. */
export function SubmitStep({ data }: Props) {
  const drafts = data.objectives.filter((o) => o.planState === 'draft');
  const proposed = data.objectives.filter((o) => o.planState === 'proposed');
  // Submitting or withdrawing changes the objective: its owner's document decides.
  const check = useWriteCheck();
  const viewOnly = (o: Objective): string | null => {
    if (mayWriteRecord('objectives', o, {}, check)) return null;
    const owner = data.orgById.get(o.ownerId);
    return viewOnlyReason({
      kind: 'goals',
      ownerName: owner?.name ?? 'This owner',
      person: owner?.kind === 'person',
    });
  };
  return (
    <>
      <div className="step__tools">
        <button type="button" onClick={() => useUi.getState().openDialog({ kind: 'newObjective' })}>
          New objective
        </button>
        <button
          type="button"
          onClick={() => (
            useUi.getState().setTemplatesOpen(true),
            useUi.getState().openDialog({ kind: 'newObjective' })
          )}
        >
          New objective from template
        </button>
      </div>
      <h3>Drafts ({drafts.length})</h3>
      {drafts.length === 0 ? (
        <p className="muted">{noDrafts(data.objectives, proposed.length)}</p>
      ) : null}
      <ul className="proposals">
        {drafts.map((o) => (
          <ProposalRow key={o.id} objective={o} data={data}>
            <button
              type="button"
              className="primary"
              disabled={!!viewOnly(o)}
              title={viewOnly(o) ?? undefined}
              onClick={() => run(submitProposal(o.id))}
              aria-label={`Submit “${o.title}”`}
            >
              Submit proposal
            </button>
          </ProposalRow>
        ))}
      </ul>
      <h3>Submitted proposals ({proposed.length})</h3>
      {proposed.length === 0 ? (
        <p className="muted">None waiting for the meeting: submit a draft to propose it.</p>
      ) : null}
      <ul className="proposals">
        {proposed.map((o) => (
          <ProposalRow key={o.id} objective={o} data={data}>
            <button
              type="button"
              disabled={!!viewOnly(o)}
              title={viewOnly(o) ?? undefined}
              onClick={() => run(withdrawProposal(o.id))}
              aria-label={`Withdraw “${o.title}”`}
            >
              Withdraw
            </button>
          </ProposalRow>
        ))}
      </ul>
    </>
  );
}
