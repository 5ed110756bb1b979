import { useState } from 'react';
import { PLAN_STATES } from '@shared/domain/model';
import { PLAN_STATE_LABELS } from '@shared/domain/planning';
import { publishCycle } from '../../../db/commands/planning';
import { useUi } from '../../../store/ui';
import { useOrgViewOnly } from '../../../sync/useViewOnly';
import { describeError } from '../../../ui/errors';
import { ProposalRow } from '../ProposalRow';
import type { PlanningData } from '../usePlanningData';
import { useFormat } from '../../settings/useFormat';

export interface Props {
  data: PlanningData;
}

/** Step 7, "Plenary meeting": announce the agreed OKRs to everyone, i.e. publish them. */
export function PublishStep({ data }: Props) {
  const f = useFormat();
  // Publishing moves the cycle on (the org document): admins only, in a team workspace.
  const orgViewOnly = useOrgViewOnly();
  const [message, setMessage] = useState<string | null>(null);
  const agreed = data.objectives.filter((o) => o.planState === 'agreed');
  const countIn = (s: (typeof PLAN_STATES)[number]) =>
    data.objectives.filter((o) => o.planState === s).length;
  const publish = () =>
    publishCycle(data.cycle.id).then(
      (n) => (setMessage(null), useUi.getState().toast(`Published ${f.count(n, 'objective')}`)),
      (err: unknown) => setMessage(describeError(err)),
    );
  return (
    <>
      <dl className="plan-counts">
        {PLAN_STATES.map((s) => (
          <div key={s}>
            <dt>{PLAN_STATE_LABELS[s]}</dt>
            <dd>{f.number(countIn(s))}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">
        Publishing announces every agreed objective; drafts and proposals that were not agreed stay
        where they are.
      </p>
      {message ? (
        <p className="field__error" role="alert">
          {message}
        </p>
      ) : null}
      <ul className="proposals">
        {agreed.map((o) => (
          <ProposalRow key={o.id} objective={o} data={data} />
        ))}
      </ul>
      <div className="step__footer">
        <button
          type="button"
          className="primary"
          disabled={agreed.length === 0 || !!orgViewOnly}
          title={orgViewOnly ?? undefined}
          onClick={() => void publish()}
        >
          Publish {f.count(agreed.length, 'agreed objective')}
        </button>
      </div>
    </>
  );
}
