import { useMemo, useState } from 'react';
import { carryCandidates, type CarryObjective } from '@shared/domain/carryOver';
import { closeUnavailable, joinNames, unitReviews } from '@shared/domain/cycleClose';
import type { Cycle } from '@shared/domain/model';
import { flattenOrgTree, subtreeIds } from '@shared/domain/org';
import { carryOver, closeAndCarryOver } from '../../db/commands/review';
import { ValidationError } from '../../db/records';
import { useUi } from '../../store/ui';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { reportError } from '../../ui/errors';
import { nounFor } from '@shared/format';
import { useFormat } from '../settings/useFormat';
import { CarryPicker } from './CarryPicker';
import { UnitReviewTable } from './UnitReviewTable';
import { useCloseData, type CloseData } from './useCloseData';

export interface Props {
  cycle: Cycle;
  /** `close`: close the cycle and carry over; `carry`: the cycle is closed, carry over only. */
  mode: 'close' | 'carry';
  /** For `carry`: the unit whose subtree's objectives are offered; null for everyone. */
  scopeId: string | null;
}

/**
 * Closing is one company-wide act: the dialog lists every unit owning objectives in the cycle
 * (reviewed or not, postmortems missing, key results unscored), refuses to close while a unit
 * has not reviewed unless the person closing ticks "close without them", and carries the
 * objectives and key results picked into the next cycle, all in one transaction.
 */
export function CloseCycleDialog({ cycle, mode, scopeId }: Props) {
  const data = useCloseData(cycle.id);
  const close = () => useUi.getState().openReviewCloseDialog(null);
  const title =
    mode === 'close' ? `Close ${cycle.name} and carry over` : `Carry over from ${cycle.name}`;
  return (
    <Dialog title={title} onClose={close} wide>
      {data ? (
        <CloseForm cycle={cycle} mode={mode} scopeId={scopeId} data={data} onDone={close} />
      ) : null}
    </Dialog>
  );
}

function CloseForm({
  cycle,
  mode,
  scopeId,
  data,
  onDone,
}: Props & { data: CloseData; onDone: () => void }) {
  const { count } = useFormat();
  const [chosen, setChosen] = useState<Map<string, Set<string>>>(new Map());
  const [acceptUnreviewed, setAcceptUnreviewed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const names = useMemo(() => new Map(data.orgUnits.map((u) => [u.id, u.name])), [data.orgUnits]);
  const nameOf = (id: string) => names.get(id);
  const units = useMemo(() => unitReviews(data), [data]);
  const objectives = useMemo(() => {
    const order = new Map(flattenOrgTree(data.orgUnits).map((r, i) => [r.unit.id, i]));
    const inScope = mode === 'carry' && scopeId ? subtreeIds(data.orgUnits, scopeId) : null;
    const list = data.objectives
      .filter((o) => !inScope || inScope.has(o.ownerId))
      .sort(
        (a, b) =>
          (order.get(a.ownerId) ?? Infinity) - (order.get(b.ownerId) ?? Infinity) ||
          (a.rank || Infinity) - (b.rank || Infinity),
      );
    return carryCandidates(list, data.keyResults, data.scores);
  }, [data, mode, scopeId]);
  const waiting = units.filter((u) => !u.reviewed);
  const unavailable = mode === 'close' ? closeUnavailable(cycle, units.length) : null;
  const missing = units.reduce((n, u) => n + u.postmortemsMissing.length, 0);

  const toggleObjective = (o: CarryObjective) => {
    const next = new Map(chosen);
    if (next.has(o.id)) next.delete(o.id);
    else next.set(o.id, new Set(o.keyResults.filter((k) => k.byDefault).map((k) => k.id)));
    setChosen(next);
  };
  const toggleKeyResult = (objectiveId: string, krId: string) => {
    const krs = new Set(chosen.get(objectiveId));
    if (krs.has(krId)) krs.delete(krId);
    else krs.add(krId);
    setChosen(new Map(chosen).set(objectiveId, krs));
  };
  const submit = async () => {
    setBusy(true);
    try {
      // In the list's order, so copies are ranked as the originals were.
      const picks = objectives
        .filter((o) => chosen.has(o.id))
        .map((o) => ({ objectiveId: o.id, keyResultIds: [...chosen.get(o.id)!] }));
      const r: { cycle: Cycle; created: unknown[]; alreadyCarried?: string[] } =
        mode === 'close'
          ? await closeAndCarryOver(cycle.id, picks, {
              acceptUnreviewed: acceptUnreviewed ? waiting.map((u) => u.unitId) : [],
            })
          : await carryOver(cycle.id, picks);
      const carried = count(r.created.length, 'objective');
      const before = r.alreadyCarried?.length ?? 0;
      useUi
        .getState()
        .toast(
          `${mode === 'close' ? `${cycle.name} is closed. ` : ''}${carried} carried into ${r.cycle.name}${before ? ` (${count(before, { one: 'was', other: 'were' })} carried before)` : ''}`,
        );
      onDone();
    } catch (err) {
      if (err instanceof ValidationError) setError(err.message);
      else reportError(err);
    } finally {
      setBusy(false);
    }
  };

  if (unavailable)
    return (
      <>
        <p role="alert">{unavailable}.</p>
        <div className="dialog__actions">
          <button type="button" onClick={onDone}>
            Close
          </button>
        </div>
      </>
    );
  return (
    <form onSubmit={(e) => (e.preventDefault(), void submit())}>
      {mode === 'close' ? (
        <>
          <p>
            Closing ends {cycle.name} for the whole company: scores, retrospectives and objectives
            can no longer change. Key results without a score keep their proposed one.
          </p>
          <UnitReviewTable units={units} nameOf={nameOf} />
          {missing ? (
            <p className="report-note">
              {count(missing, {
                one: 'committed objective has',
                other: 'committed objectives have',
              })}{' '}
              no postmortem yet.
            </p>
          ) : null}
          {waiting.length ? (
            <div className="close-waiting">
              <p>
                Not reviewed yet: {joinNames(waiting.map((u) => u.name))}. Each unit marks its
                review done on its Review screen.
              </p>
              <label className="check">
                <input
                  type="checkbox"
                  checked={acceptUnreviewed}
                  onChange={(e) => setAcceptUnreviewed(e.target.checked)}
                />
                <span>
                  Close without{' '}
                  {nounFor(waiting.length, { one: 'its review', other: 'their reviews' })}
                </span>
              </label>
            </div>
          ) : null}
        </>
      ) : null}
      <CarryPicker
        objectives={objectives}
        chosen={chosen}
        ownerName={(id) => nameOf(id) ?? 'Unknown owner'}
        onToggleObjective={toggleObjective}
        onToggleKeyResult={toggleKeyResult}
      />
      <DialogActions
        error={error}
        onCancel={onDone}
        confirm={
          mode === 'carry'
            ? `Carry over ${chosen.size}`
            : chosen.size === 0
              ? 'Close without carrying over'
              : `Close and carry over ${chosen.size}`
        }
        disabled={busy || (mode === 'carry' && chosen.size === 0)}
      />
    </form>
  );
}
