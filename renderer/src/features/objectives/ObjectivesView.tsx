import { useCallback, useEffect, useMemo } from 'react';
import { flattenOrgTree, subtreeIds } from '@shared/domain/org';
import { moveObjectiveRank } from '../../db/commands/objectives';
import { useOrgUnits } from '../../db/queries';
import { useOwnerCounts } from '../../db/ownerQueries';
import { endOpening } from '../../db/openingReads';
import { selectedObjectiveId, useUi } from '../../store/ui';
import { ClosedBanner } from '../../ui/ClosedBanner';
import { reportError } from '../../ui/errors';
import { useFormat } from '../settings/useFormat';
import { useCurrentCycle, useToday } from '../workspace';
import { useStaleDays } from '../checkins/useCheckInData';
import { OwnerGroups } from './OwnerGroups';
import { ObjectivesEmpty } from './ObjectivesEmpty';

/** Objectives of the open cycle, grouped by owner in org-tree order, filtered by the sidebar's unit. */
export function ObjectivesView() {
  const cycle = useCurrentCycle();
  const today = useToday();
  const staleDays = useStaleDays();
  const f = useFormat();
  // By the chosen id, not the cycle record: both reads go out at once (docs/benchmarks.md).
  const cycleId = useUi((s) => s.cycleId);
  // Owners and their objective counts only; each group reads its own objectives.
  const counts = useOwnerCounts(cycleId);
  const units = useOrgUnits();
  const orgUnitId = useUi((s) => s.orgUnitId);
  const selectedId = useUi((s) => selectedObjectiveId(s.selection));
  const open = useCallback((id: string) => useUi.getState().select({ kind: 'objective', id }), []);
  const move = useCallback(
    (id: string, to: number) => void moveObjectiveRank(id, to).catch(reportError),
    [],
  );

  // Laid out once per org change, not on every switch of cycle (thousands of units).
  const tree = useMemo(() => (units ? flattenOrgTree(units) : undefined), [units]);
  const inScope = useMemo(
    () => (units && orgUnitId ? subtreeIds(units, orgUnitId) : null),
    [units, orgUnitId],
  );
  const groups = useMemo(() => {
    if (!counts || !tree) return [];
    return tree
      .filter(({ unit }) => !!counts.get(unit.id) && (!inScope || inScope.has(unit.id)))
      .map(({ unit }) => ({ unit, count: counts.get(unit.id)! }));
  }, [counts, tree, inScope]);

  // Counts stay undefined until the picked cycle's own have loaded (see useOwnerCounts).
  const loading = !cycle || !counts || !units || cycle.id !== cycleId;
  // Nothing to draw in this cycle: the window has opened (else the groups say so, OwnerGroup).
  useEffect(() => {
    if (!loading && groups.length === 0) endOpening();
  }, [loading, groups.length]);
  if (!cycle) return <p className="empty">Choose or create a cycle to see its objectives.</p>;
  const shown = groups.reduce((n, g) => n + g.count, 0);
  return (
    <section className="view" aria-labelledby="objectives-title" aria-busy={loading}>
      <header className="view__header">
        <div>
          <h1 id="objectives-title">Objectives</h1>
          <p className="muted small view__meta">
            {cycle.name}
            {loading ? '' : ` · ${f.count(shown, 'objective')}`}
          </p>
        </div>
        {cycle.state === 'closed' ? null : (
          <button
            type="button"
            className="primary"
            onClick={() => useUi.getState().openDialog({ kind: 'newObjective' })}
          >
            New objective
          </button>
        )}
      </header>
      {cycle.state === 'closed' ? <ClosedBanner cycleName={cycle.name} /> : null}
      {loading ? (
        <p className="loading muted">Loading objectives…</p>
      ) : groups.length === 0 ? (
        <ObjectivesEmpty
          cycleName={cycle.name}
          closed={cycle.state === 'closed'}
          scopeName={
            inScope && orgUnitId ? units?.find((u) => u.id === orgUnitId)?.name : undefined
          }
        />
      ) : (
        <OwnerGroups
          groups={groups}
          cycle={cycle}
          today={today}
          staleDays={staleDays}
          selectedId={selectedId}
          onOpen={open}
          onMove={move}
        />
      )}
    </section>
  );
}
