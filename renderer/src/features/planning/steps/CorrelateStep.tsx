import { useMemo, useState } from 'react';
import { flattenOrgTree } from '@shared/domain/org';
import { describeKeyResult } from '@shared/report/meetingPack';
import type { PlanningData } from '../usePlanningData';
import { CorrelateForm } from './CorrelateForm';

export interface Props {
  data: PlanningData;
}

/** Step 5, "Top-down correlation": break each company key result down into department and team drafts. */
export function CorrelateStep({ data }: Props) {
  const [openKr, setOpenKr] = useState<string | null>(null);
  const company = data.objectives.filter(
    (o) => data.orgById.get(o.ownerId)?.kind === 'company' && o.planState !== 'draft',
  );
  const units = useMemo(
    () =>
      flattenOrgTree(data.orgUnits).filter(
        ({ unit }) => unit.kind === 'department' || unit.kind === 'team',
      ),
    [data.orgUnits],
  );
  const alignedCount = useMemo(() => {
    const m = new Map<string, number>();
    for (const o of data.objectives)
      if (o.alignedTo?.kind === 'keyResult')
        m.set(o.alignedTo.id, (m.get(o.alignedTo.id) ?? 0) + 1);
    return m;
  }, [data.objectives]);
  return (
    <>
      <p className="muted">
        From each company key result, create the department and team objectives that serve it. They
        start as drafts.
      </p>
      {company.length === 0 ? (
        <p className="muted">No company objectives have been proposed or agreed yet.</p>
      ) : null}
      {company.map((o) => (
        <section
          key={o.id}
          className="correlate-objective"
          aria-label={`Key results of “${o.title}”`}
        >
          <h3>{o.title}</h3>
          <ul className="correlate-krs">
            {(data.keyResultsOf.get(o.id) ?? []).map((kr) => (
              <li key={kr.id}>
                <div className="correlate-krs__line">
                  <span>{describeKeyResult(kr)}</span>
                  <span className="muted small">{alignedCount.get(kr.id) ?? 0} aligned</span>
                  {openKr === kr.id ? null : (
                    <button
                      type="button"
                      onClick={() => setOpenKr(kr.id)}
                      aria-label={`Create aligned objectives for “${kr.title}”`}
                    >
                      Create aligned objectives…
                    </button>
                  )}
                </div>
                {openKr === kr.id ? (
                  <CorrelateForm keyResult={kr} units={units} onDone={() => setOpenKr(null)} />
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
