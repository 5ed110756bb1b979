import type { ReactNode } from 'react';
import type { Objective } from '@shared/domain/model';
import { PLAN_STATE_LABELS } from '@shared/domain/planning';
import { useUi } from '../../store/ui';
import { FindingsBadge } from '../coach/FindingsBadge';
import type { PlanningData } from './usePlanningData';
import { useFormat } from '../settings/useFormat';

export interface Props {
  objective: Objective;
  data: PlanningData;
  /** Vote position, when shown in vote order. */
  position?: number;
  children?: ReactNode;
  extra?: ReactNode;
}

/** One objective on the planning board: title, owner, state, coach findings, and the step's actions. */
export function ProposalRow({ objective: o, data, position, children, extra }: Props) {
  const { count } = useFormat();
  const owner = data.orgById.get(o.ownerId);
  const findings = data.findingsOf.get(o.id) ?? [];
  const errors = findings.filter((f) => f.severity === 'error').length;
  const krs = data.keyResultsOf.get(o.id)?.length ?? 0;
  return (
    <li className="proposal" aria-label={o.title}>
      <div className="proposal__line">
        {position ? (
          <span className="rank" aria-label={`Place ${position}`}>
            {position}
          </span>
        ) : null}
        <button
          type="button"
          className="proposal__title"
          onClick={() => useUi.getState().select({ kind: 'objective', id: o.id })}
        >
          {o.title}
        </button>
        <span className={`pill pill--plan-${o.planState}`}>{PLAN_STATE_LABELS[o.planState]}</span>
        <FindingsBadge findings={findings} />
      </div>
      <p className="proposal__meta muted small">
        {owner ? `${owner.name} (${owner.kind})` : 'No owner'} ·{' '}
        {o.type === 'committed' ? 'Committed' : 'Aspirational'} · {count(krs, 'key result')} ·{' '}
        <span
          className={
            errors ? 'proposal__findings--error' : findings.length ? 'proposal__findings' : ''
          }
        >
          {findings.length ? count(findings.length, 'coach finding') : 'coach: nothing to flag'}
        </span>
        {o.rank ? ` · priority ${o.rank}` : ''}
      </p>
      {findings.length ? (
        <ul className="proposal__hints">
          {findings.slice(0, 3).map((f) => (
            <li
              key={`${f.ruleId}:${f.subject.id}`}
              className={`proposal__hint proposal__hint--${f.severity}`}
            >
              {f.message}
            </li>
          ))}
          {findings.length > 3 ? (
            <li className="muted small">and {findings.length - 3} more in the coach panel</li>
          ) : null}
        </ul>
      ) : null}
      {children ? <div className="proposal__actions">{children}</div> : null}
      {extra}
    </li>
  );
}
