import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { toIsoDate } from '@shared/domain/cycle';
import type { Alignment, ObjectiveType } from '@shared/domain/model';
import { deleteObjective, updateObjective } from '../../db/commands/objectives';
import { restoreDeleted } from '../../db/commands/softDelete';
import { db } from '../../db/schema';
import { isLive, live } from '../../db/records';
import { deleteWithUndo, useUi } from '../../store/ui';
import { Field } from '../../ui/Field';
import { ClosedBanner } from '../../ui/ClosedBanner';
import { ViewOnlyBanner } from '../../ui/ViewOnlyBanner';
import { useCanEdit } from '../../sync/useCanEdit';
import { useGoalsViewOnlyOf } from '../../sync/useViewOnly';
import { ProgressBar, StatusPill } from '../../ui/Progress';
import { reportFieldErrors } from '../../ui/errors';
import { useToday } from '../workspace';
import { useStaleDays } from '../checkins/useCheckInData';
import { useKrActivity } from '../checkins/useKrActivity';
import { ObjectiveReadOnly } from './ObjectiveReadOnly';
import { ObjectiveHistory } from './ObjectiveHistory';
import { objectiveRow } from './useObjectiveRows';
import { AlignmentSelect } from './AlignmentSelect';
import { KeyResultForm } from './KeyResultForm';
import { KeyResultItem } from './KeyResultItem';
import { ObjectiveKpis } from '../kpis/ObjectiveKpis';
import { OwnerSelect } from './OwnerSelect';
import { PrivateSwitch } from './PrivateSwitch';
import { CoachHints } from '../coach/CoachHints';
import { SaveAsTemplate } from '../templates/SaveAsTemplate';
import { useFocusAfterClose } from '../../ui/useFocusAfterClose';

export interface Props {
  objectiveId: string;
}

/** The detail pane: edit an objective and its key results. */
export function ObjectiveDetail({ objectiveId }: Props) {
  const day = toIsoDate(useToday());
  const staleDays = useStaleDays();
  const data = useLiveQuery(async () => {
    const objective = await db.objectives.get(objectiveId);
    if (!isLive(objective)) return null;
    const [cycle, krs, owner] = await Promise.all([
      db.cycles.get(objective.cycleId),
      db.keyResults.where('objectiveId').equals(objectiveId).toArray(),
      db.orgUnits.get(objective.ownerId),
    ]);
    return {
      objective,
      cycle,
      krs: live(krs).sort((a, b) => a.rank - b.rank),
      ownerName: owner?.name ?? 'Its owner',
    };
  }, [objectiveId]);
  const [draft, setDraft] = useState({ title: '', description: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const adding = useUi((s) => s.addingKeyResultTo === objectiveId);
  const setAdding = (on: boolean) => useUi.getState().setAddingKeyResultTo(on ? objectiveId : null);
  // After a key result is added (or the form cancelled), Enter adds the next one.
  const addButton = useFocusAfterClose<HTMLButtonElement>(adding);
  useEffect(
    () => () => {
      const ui = useUi.getState();
      if (ui.addingKeyResultTo === objectiveId) ui.setAddingKeyResultTo(null);
    },
    [objectiveId],
  );
  const o = data?.objective;
  // In a team workspace, the server's rule: only the owner and the leads above them edit.
  const canEdit = useCanEdit(o);
  // Why, for the controls that stay on screen disabled (a private objective is always editable).
  const ownerViewOnly = useGoalsViewOnlyOf(o && !o.private ? o.ownerId : null);
  const activity = useKrActivity(data?.cycle, day, data?.krs);
  useEffect(() => {
    if (o) setDraft({ title: o.title, description: o.description });
    setErrors({});
  }, [o?.id, o?.title, o?.description]); // eslint-disable-line react-hooks/exhaustive-deps

  if (data === undefined || (data && data.cycle && !activity)) return null;
  if (data === null || !o || !data.cycle)
    return <p className="muted">This objective was deleted.</p>;
  const closed = data.cycle.state === 'closed';
  const readOnly = closed || !canEdit;
  const viewOnly = !closed && !canEdit ? ownerViewOnly : null;
  // The same row the list shows: one status rule for both (shared/domain/status.ts).
  const row = objectiveRow(o, data.krs, activity ?? new Map(), {
    cycle: data.cycle,
    today: day,
    staleDays,
  });
  const save = async (patch: Parameters<typeof updateObjective>[1]) => {
    try {
      await updateObjective(o.id, patch);
      setErrors({});
    } catch (err) {
      reportFieldErrors(err, setErrors);
    }
  };

  return (
    <section className="detail" aria-label="Objective details">
      <header className="detail__header">
        <h2>Objective</h2>
        <button
          type="button"
          className="icon"
          aria-label="Close details"
          onClick={() => useUi.getState().select(null)}
        >
          ×
        </button>
      </header>
      {closed ? <ClosedBanner cycleName={data.cycle.name} /> : null}
      {!closed && !canEdit ? <ViewOnlyBanner ownerName={data.ownerName} /> : null}
      {readOnly ? (
        <ObjectiveReadOnly objective={o} />
      ) : (
        <form onSubmit={(e) => (e.preventDefault(), void save(draft))} noValidate>
          <fieldset disabled={readOnly}>
            <Field label="Title" error={errors.title}>
              {(p) => (
                <input
                  {...p}
                  value={draft.title}
                  onChange={(e) => setDraft({ ...draft, title: e.target.value })}
                  onBlur={() => draft.title !== o.title && void save({ title: draft.title })}
                />
              )}
            </Field>
            <CoachHints objective={{ ...o, title: draft.title }} cycleId={o.cycleId} saved />
            <Field label="Description" error={errors.description}>
              {(p) => (
                <textarea
                  {...p}
                  rows={3}
                  value={draft.description}
                  onChange={(e) => setDraft({ ...draft, description: e.target.value })}
                  onBlur={() =>
                    draft.description !== o.description &&
                    void save({ description: draft.description })
                  }
                />
              )}
            </Field>
            <div className="row">
              <Field label="Owner" error={errors.ownerId}>
                {(p) => (
                  <OwnerSelect
                    value={o.ownerId}
                    onChange={(ownerId) => void save({ ownerId })}
                    inputProps={p}
                  />
                )}
              </Field>
              <Field label="Type">
                {(p) => (
                  <select
                    {...p}
                    value={o.type}
                    onChange={(e) => void save({ type: e.target.value as ObjectiveType })}
                  >
                    <option value="committed">Committed</option>
                    <option value="aspirational">Aspirational</option>
                  </select>
                )}
              </Field>
            </div>
            <Field label="Aligns to" error={errors.alignedTo}>
              {(p) => (
                <AlignmentSelect
                  cycleId={o.cycleId}
                  excludeObjectiveId={o.id}
                  value={o.alignedTo}
                  onChange={(a: Alignment | null) => void save({ alignedTo: a })}
                  inputProps={p}
                />
              )}
            </Field>
          </fieldset>
        </form>
      )}
      <PrivateSwitch objective={o} disabled={readOnly} />
      <div className="detail__status">{row.status ? <StatusPill status={row.status} /> : null}</div>
      <ProgressBar
        value={row.progress}
        status={row.status ?? undefined}
        label={`Progress of ${o.title}`}
      />
      {o.kpiIds?.length ? <ObjectiveKpis kpiIds={o.kpiIds} /> : null}
      <h3>Key results</h3>
      <ul className="kr-list">
        {row.keyResults.map(({ kr, status }) => (
          <KeyResultItem
            key={kr.id}
            kr={kr}
            status={status}
            readOnly={readOnly}
            viewOnly={viewOnly}
          />
        ))}
      </ul>
      {viewOnly ? (
        <div className="detail__footer">
          <button type="button" className="primary" disabled title={viewOnly}>
            Add key result
          </button>
          <button type="button" className="danger" disabled title={viewOnly}>
            Delete objective
          </button>
        </div>
      ) : readOnly ? null : adding ? (
        <KeyResultForm objectiveId={o.id} onDone={() => setAdding(false)} />
      ) : (
        <div className="detail__footer">
          <button ref={addButton} type="button" className="primary" onClick={() => setAdding(true)}>
            Add key result
          </button>
          <SaveAsTemplate objectiveId={o.id} title={o.title} />
          <button
            type="button"
            className="danger"
            onClick={() => {
              useUi.getState().select(null);
              deleteWithUndo(`“${o.title}”`, () => deleteObjective(o.id), restoreDeleted).catch(
                reportError,
              );
            }}
          >
            Delete objective
          </button>
        </div>
      )}
      <ObjectiveHistory objectiveId={o.id} />
    </section>
  );
}
