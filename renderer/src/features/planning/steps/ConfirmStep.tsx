import { useState } from 'react';
import { agreeObjectives, setPlanState } from '../../../db/commands/planning';
import { describeError } from '../../../ui/errors';
import { ProposalRow } from '../ProposalRow';
import type { PlanningData } from '../usePlanningData';
import { useFormat } from '../../settings/useFormat';
import { useProposalsViewOnly } from '../usePlanningRights';

export interface Props {
  data: PlanningData;
}

/** Step 4, "CEO confirms": the lead agrees the proposals that make the cut. */
export function ConfirmStep({ data }: Props) {
  const viewOnly = useProposalsViewOnly(data);
  const { count } = useFormat();
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<string | null>(null);
  const agreed = data.objectives.filter((o) => o.planState === 'agreed');
  const toggle = (id: string) =>
    setPicked((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));
  const run = (p: Promise<unknown>, after?: () => void) =>
    void p.then(
      () => (setMessage(null), after?.()),
      (err: unknown) => setMessage(describeError(err)),
    );
  const ids = data.order.map((p) => p.id).filter((id) => picked.has(id));
  return (
    <>
      <p className="muted">
        Tick the proposals to keep, in vote order. Fewer is better: focus on important goals.
      </p>
      {message ? (
        <p className="field__error" role="alert">
          {message}
        </p>
      ) : null}
      <ol className="proposals">
        {data.order.map((p, i) => {
          const o = data.byId.get(p.id)!;
          return (
            <ProposalRow key={p.id} objective={o} data={data} position={i + 1}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={picked.has(o.id)}
                  onChange={() => toggle(o.id)}
                  aria-label={`Agree “${o.title}”`}
                />
                Agree ({count(p.dots, 'dot')})
              </label>
            </ProposalRow>
          );
        })}
      </ol>
      <div className="step__footer">
        <button
          type="button"
          className="primary"
          disabled={ids.length === 0 || !!viewOnly(ids)}
          title={viewOnly(ids) ?? undefined}
          onClick={() => run(agreeObjectives(ids), () => setPicked(new Set()))}
        >
          Confirm {ids.length} as agreed
        </button>
        <button
          type="button"
          disabled={data.order.length === 0 || !!viewOnly(data.order.map((p) => p.id))}
          title={viewOnly(data.order.map((p) => p.id)) ?? undefined}
          onClick={() => run(agreeObjectives(data.order.map((p) => p.id)))}
        >
          Agree all proposals
        </button>
      </div>
      <h3>Agreed ({agreed.length})</h3>
      <ul className="proposals">
        {agreed.map((o) => (
          <ProposalRow key={o.id} objective={o} data={data}>
            <button
              type="button"
              disabled={!!viewOnly([o.id])}
              title={viewOnly([o.id]) ?? undefined}
              onClick={() => run(setPlanState([o.id], 'proposed'))}
              aria-label={`Reopen “${o.title}”`}
            >
              Reopen
            </button>
          </ProposalRow>
        ))}
      </ul>
    </>
  );
}
