import { useState } from 'react';
import type { OrgUnit } from '@shared/domain/model';
import { addUnitLead, removeUnitLead, setUnitLeads } from '../../db/commands/org';
import { ValidationError } from '../../db/records';
import { changeWithUndo } from '../../store/ui';
import { reportError } from '../../ui/errors';

export interface Props {
  unit: OrgUnit;
  /** The live org tree: leads are picked among its people. */
  units: readonly OrgUnit[];
  /**
   * Why this member may not change the org tree (`useOrgViewOnly`), or null: the lead controls
   * stay in place, disabled, and carry it as their description, as the tree's own buttons do.
   */
  viewOnly?: string | null;
}

/**
 * "Led by …" under a company, department or team, with Add lead… and a remove button per lead.
 * A lead writes the unit's goals and those below it on a team server (shared/sync/permissions).
 */
export function UnitLeads({ unit, units, viewOnly = null }: Props) {
  const [picking, setPicking] = useState(false);
  const [personId, setPersonId] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (unit.kind === 'person') return null;
  const byId = new Map(units.map((u) => [u.id, u]));
  // A lead whose person was removed from the tree no longer leads anything worth showing.
  const leads = (unit.leadIds ?? []).flatMap((id) => {
    const p = byId.get(id);
    return p && !p.deletedAt ? [p] : [];
  });
  const candidates = units
    .filter((u) => u.kind === 'person' && !u.deletedAt && !unit.leadIds?.includes(u.id))
    .sort((a, b) => a.name.localeCompare(b.name));

  const change = (run: () => Promise<string[]>, message: string, label: string, undone: string) =>
    changeWithUndo({
      run,
      reverse: async (before) => void (await setUnitLeads(unit.id, before)),
      message,
      label,
      undone,
    });
  const add = async () => {
    const person = byId.get(personId);
    if (!person) return;
    try {
      await change(
        () => addUnitLead(unit.id, person.id),
        `${person.name} leads ${unit.name}`,
        `Undo making ${person.name} a lead of ${unit.name}`,
        `${person.name} no longer leads ${unit.name}`,
      );
      setPicking(false);
      setPersonId('');
      setError(null);
    } catch (err) {
      if (err instanceof ValidationError) setError(err.message);
      else reportError(err);
    }
  };
  const remove = (person: OrgUnit) =>
    change(
      () => removeUnitLead(unit.id, person.id),
      `${person.name} no longer leads ${unit.name}`,
      `Undo removing ${person.name} as lead of ${unit.name}`,
      `${person.name} leads ${unit.name} again`,
    ).catch(reportError);

  return (
    <div className="unit-leads">
      {leads.length ? (
        <span className="unit-leads__names">
          Led by{' '}
          {leads.map((p, i) => (
            <span key={p.id} className="unit-leads__lead">
              {i > 0 ? ', ' : null}
              {p.name}
              <button
                type="button"
                className="icon unit-leads__remove"
                aria-label={`Remove ${p.name} as lead of ${unit.name}`}
                title={viewOnly ?? `Remove ${p.name} as lead`}
                disabled={!!viewOnly}
                onClick={() => void remove(p)}
              />
            </span>
          ))}
        </span>
      ) : (
        <span className="muted">No lead</span>
      )}
      {picking && !viewOnly ? (
        <form className="inline-form" onSubmit={(e) => (e.preventDefault(), void add())}>
          <label className="sr-only" htmlFor={`ld-${unit.id}`}>
            New lead of {unit.name}
          </label>
          <select
            id={`ld-${unit.id}`}
            autoFocus
            value={personId}
            onChange={(e) => setPersonId(e.target.value)}
          >
            <option value="">Choose a person…</option>
            {candidates.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <button type="submit" disabled={!personId}>
            Make lead
          </button>
          <button type="button" onClick={() => (setPicking(false), setError(null))}>
            Cancel
          </button>
        </form>
      ) : (
        <button
          type="button"
          className="link"
          aria-label={`Add lead to ${unit.name}`}
          disabled={!!viewOnly}
          title={viewOnly ?? undefined}
          onClick={() => setPicking(true)}
        >
          Add lead…
        </button>
      )}
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
