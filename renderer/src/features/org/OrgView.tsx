import { useState } from 'react';
import { ORG_KINDS, type OrgKind, type OrgUnit } from '@shared/domain/model';
import { flattenOrgTree, subtreeIds } from '@shared/domain/org';
import {
  addOrgUnit,
  canContain,
  moveOrgUnit,
  removeOrgUnit,
  renameOrgUnit,
} from '../../db/commands/org';
import { restoreDeleted } from '../../db/commands/softDelete';
import { useOrgUnits } from '../../db/queries';
import { ValidationError } from '../../db/records';
import { deleteWithUndo } from '../../store/ui';
import { reportError } from '../../ui/errors';
import { useOrgViewOnly } from '../../sync/useViewOnly';
import { ViewOnlyNote } from '../../ui/ViewOnlyNote';
import { UnitLeads } from './UnitLeads';

const KIND_LABEL: Record<OrgKind, string> = {
  company: 'Company',
  department: 'Department',
  team: 'Team',
  person: 'Person',
};

interface RowProps {
  unit: OrgUnit;
  depth: number;
  units: OrgUnit[];
  /** Why this member may not change the org tree (team workspace, not an admin), or null. */
  viewOnly: string | null;
}

function UnitRow({ unit, depth, units, viewOnly }: RowProps) {
  const [mode, setMode] = useState<'view' | 'rename' | 'add' | 'move'>('view');
  const [name, setName] = useState(unit.name);
  const [kind, setKind] = useState<OrgKind>(unit.kind === 'team' ? 'person' : 'team');
  const [parent, setParent] = useState('');
  const [error, setError] = useState<string | null>(null);
  const run = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      setMode('view');
      setError(null);
    } catch (err) {
      if (err instanceof ValidationError) setError(err.message);
      else reportError(err);
    }
  };
  const below = subtreeIds(units, unit.id);
  const parents = units.filter(
    (u) => !below.has(u.id) && canContain(u.kind, unit.kind) && u.id !== unit.parentId,
  );
  return (
    <li
      className="org-row"
      style={{ paddingLeft: `${depth * 1.25}rem` }}
      aria-label={`${unit.name}, ${KIND_LABEL[unit.kind]}`}
    >
      <div className="org-row__line">
        <span className={`kind kind--${unit.kind}`}>{KIND_LABEL[unit.kind]}</span>
        {mode === 'rename' ? (
          <form
            onSubmit={(e) => (e.preventDefault(), void run(() => renameOrgUnit(unit.id, name)))}
          >
            <label className="sr-only" htmlFor={`rn-${unit.id}`}>
              New name for {unit.name}
            </label>
            <input
              id={`rn-${unit.id}`}
              autoFocus
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
            <button type="submit">Save</button>
            <button type="button" onClick={() => setMode('view')}>
              Cancel
            </button>
          </form>
        ) : (
          <span className="org-row__name">{unit.name}</span>
        )}
        {mode === 'view' ? (
          <span className="org-row__actions">
            {unit.kind !== 'person' ? (
              <button
                type="button"
                onClick={() => (setName(''), setMode('add'))}
                aria-label={`Add a unit under ${unit.name}`}
                disabled={!!viewOnly}
                title={viewOnly ?? undefined}
              >
                Add
              </button>
            ) : null}
            <button
              type="button"
              onClick={() => (setName(unit.name), setMode('rename'))}
              aria-label={`Rename ${unit.name}`}
              disabled={!!viewOnly}
              title={viewOnly ?? undefined}
            >
              Rename
            </button>
            {unit.parentId ? (
              <>
                <button
                  type="button"
                  onClick={() => setMode('move')}
                  aria-label={`Move ${unit.name}`}
                  disabled={!!viewOnly}
                  title={viewOnly ?? undefined}
                >
                  Move
                </button>
                <button
                  type="button"
                  className="danger"
                  aria-label={`Remove ${unit.name}`}
                  disabled={!!viewOnly}
                  title={viewOnly ?? undefined}
                  onClick={() =>
                    deleteWithUndo(unit.name, () => removeOrgUnit(unit.id), restoreDeleted).catch(
                      reportError,
                    )
                  }
                >
                  Remove
                </button>
              </>
            ) : null}
          </span>
        ) : null}
      </div>
      <UnitLeads unit={unit} units={units} viewOnly={viewOnly} />
      {mode === 'add' ? (
        <form
          className="inline-form"
          onSubmit={(e) => (e.preventDefault(), void run(() => addOrgUnit(kind, name, unit.id)))}
        >
          <label className="sr-only" htmlFor={`ak-${unit.id}`}>
            Kind of the new unit
          </label>
          <select
            id={`ak-${unit.id}`}
            value={kind}
            onChange={(e) => setKind(e.target.value as OrgKind)}
          >
            {ORG_KINDS.filter((k) => canContain(unit.kind, k)).map((k) => (
              <option key={k} value={k}>
                {KIND_LABEL[k]}
              </option>
            ))}
          </select>
          <label className="sr-only" htmlFor={`an-${unit.id}`}>
            Name of the new unit
          </label>
          <input
            id={`an-${unit.id}`}
            autoFocus
            placeholder="Name"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit">Add</button>
          <button type="button" onClick={() => setMode('view')}>
            Cancel
          </button>
        </form>
      ) : null}
      {mode === 'move' ? (
        <form
          className="inline-form"
          onSubmit={(e) => (e.preventDefault(), void run(() => moveOrgUnit(unit.id, parent)))}
        >
          <label htmlFor={`mv-${unit.id}`}>Move {unit.name} under</label>
          <select id={`mv-${unit.id}`} value={parent} onChange={(e) => setParent(e.target.value)}>
            <option value="">Choose…</option>
            {parents.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <button type="submit" disabled={!parent}>
            Move
          </button>
          <button type="button" onClick={() => setMode('view')}>
            Cancel
          </button>
        </form>
      ) : null}
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}

/** The org tree: company → departments → teams → people; add, rename, move, remove. */
export function OrgView() {
  const units = useOrgUnits() ?? [];
  const viewOnly = useOrgViewOnly();
  return (
    <section className="view" aria-labelledby="org-title">
      <header className="view__header">
        <h1 id="org-title">Organisation</h1>
      </header>
      {viewOnly ? <ViewOnlyNote reason={viewOnly} /> : null}
      <ul className="org-tree">
        {flattenOrgTree(units).map(({ unit, depth }) => (
          <UnitRow key={unit.id} unit={unit} depth={depth} units={units} viewOnly={viewOnly} />
        ))}
      </ul>
    </section>
  );
}
