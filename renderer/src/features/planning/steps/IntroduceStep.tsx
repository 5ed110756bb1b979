import { useMemo } from 'react';
import { flattenOrgTree, subtreeIds } from '@shared/domain/org';
import { useUi } from '../../../store/ui';
import { ProposalRow } from '../ProposalRow';
import type { PlanningData } from '../usePlanningData';

export interface Props {
  data: PlanningData;
}

/** Step 3, "Management introduces the department": the ranked proposals each department will carry. */
export function IntroduceStep({ data }: Props) {
  const sections = useMemo(() => {
    const position = new Map(data.order.map((p, i) => [p.id, i + 1]));
    const units = flattenOrgTree(data.orgUnits).filter(
      ({ unit }) => unit.kind === 'company' || unit.kind === 'department',
    );
    return units
      .map(({ unit }) => {
        const scope =
          unit.kind === 'company' ? new Set([unit.id]) : subtreeIds(data.orgUnits, unit.id);
        const list = data.order.filter((p) => scope.has(data.byId.get(p.id)!.ownerId));
        return { unit, list, position };
      })
      .filter((s) => s.list.length);
  }, [data]);
  return (
    <>
      <p className="muted">
        The proposals in vote order, by who will carry them. Share the meeting pack so each
        department sees its part before the meeting.
      </p>
      <div className="step__tools">
        <button type="button" onClick={() => useUi.getState().setTab('pack')}>
          Open the meeting pack
        </button>
      </div>
      {sections.length === 0 ? <p className="muted">No proposals yet.</p> : null}
      {sections.map(({ unit, list, position }) => (
        <section key={unit.id} aria-label={`Proposals for ${unit.name}`}>
          <h3>
            {unit.name} <span className="muted small">{unit.kind}</span>
          </h3>
          <ul className="proposals">
            {list.map((p) => (
              <ProposalRow
                key={p.id}
                objective={data.byId.get(p.id)!}
                data={data}
                position={position.get(p.id)}
              />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
