import { useState } from 'react';
import type { KeyResult, OrgUnit } from '@shared/domain/model';
import { correlateTopDown } from '../../../db/commands/planning';
import { CoachHints } from '../../coach/CoachHints';

import { useUi } from '../../../store/ui';
import { reportFieldErrors } from '../../../ui/errors';
import { useFormat } from '../../settings/useFormat';

export interface Props {
  keyResult: KeyResult;
  units: readonly { unit: OrgUnit; depth: number }[];
  onDone: () => void;
}

/**
 * Choose departments and teams, give each a title, and create their aligned drafts in one step.
 * Each title starts empty with a prompt: a title that restates the parent metric ("Revenue: Sales’s
 * part") is the parent again, not what the team will change to move it.
 */
export function CorrelateForm({ keyResult: kr, units, onDone }: Props) {
  const { count } = useFormat();
  const [rows, setRows] = useState(() => units.map(({ unit }) => ({ unit, on: false, title: '' })));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (i: number, patch: Partial<(typeof rows)[number]>) =>
    setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const chosen = rows.filter((r) => r.on);
  const submit = async () => {
    try {
      const made = await correlateTopDown(
        kr.id,
        chosen.map((r) => ({ ownerId: r.unit.id, title: r.title })),
      );
      useUi.getState().toast(`Created ${count(made.length, 'aligned draft')} under “${kr.title}”`);
      onDone();
    } catch (err) {
      reportFieldErrors(err, setErrors);
    }
  };
  return (
    <form
      className="correlate"
      aria-label={`Aligned objectives for “${kr.title}”`}
      onSubmit={(e) => (e.preventDefault(), void submit())}
      noValidate
    >
      {units.length === 0 ? (
        <p className="muted">There are no departments or teams yet: add them under Organisation.</p>
      ) : null}
      {rows.map((r, i) => (
        <div
          key={r.unit.id}
          className="correlate__row"
          style={{ paddingLeft: `${(units[i]!.depth - 1) * 1.2}rem` }}
        >
          <label className="check">
            <input
              type="checkbox"
              checked={r.on}
              onChange={(e) => set(i, { on: e.target.checked })}
            />
            {r.unit.name} <span className="muted small">{r.unit.kind}</span>
          </label>
          {r.on ? (
            <>
              <input
                aria-label={`Objective title for ${r.unit.name}`}
                value={r.title}
                placeholder={`What will ${r.unit.name} change so that “${kr.title}” moves?`}
                onChange={(e) => set(i, { title: e.target.value })}
                aria-invalid={!!errors[`title-${r.unit.id}`]}
              />
              <CoachHints
                objective={{
                  title: r.title,
                  ownerId: r.unit.id,
                  type: 'committed',
                  alignedTo: { kind: 'keyResult', id: kr.id },
                }}
                cycleId={kr.cycleId}
              />
            </>
          ) : null}
          {errors[`title-${r.unit.id}`] ? (
            <p className="field__error" role="alert">
              {errors[`title-${r.unit.id}`]}
            </p>
          ) : null}
        </div>
      ))}
      {errors.targets ? (
        <p className="field__error" role="alert">
          {errors.targets}
        </p>
      ) : null}
      <div className="dialog__actions">
        <button type="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={chosen.length === 0}>
          Create {count(chosen.length, 'aligned draft')}
        </button>
      </div>
    </form>
  );
}
