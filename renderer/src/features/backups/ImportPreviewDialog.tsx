import { useState } from 'react';
import { KR_KIND_LABELS } from '@shared/domain/model';
import type { ImportWarning, PreviewKeyResult } from '@shared/domain/importPreview';
import { useCycles } from '../../db/queries';
import { ValidationError } from '../../db/records';
import { useUi } from '../../store/ui';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { describeError } from '../../ui/errors';
import { OwnerSelect } from '../objectives/OwnerSelect';
import { useMeId } from '../workspace';
import { cancelImport, confirmImport } from './flows';
import type { PendingImport } from '../../store/backupsSlice';
import { useFormat } from '../settings/useFormat';

export interface Props {
  pending: PendingImport;
}

const facts = (k: PreviewKeyResult): string =>
  k.kind === 'binary'
    ? 'done / not done'
    : `${KR_KIND_LABELS[k.kind].toLowerCase()}: ${k.start} → ${k.target}${k.unit ? ` ${k.unit}` : ''}`;

/** Lines the warnings speak of: a run of skipped lines counts each of its lines. */
const skippedCount = (warnings: readonly ImportWarning[]): number =>
  warnings.reduce((n, w) => n + (w.endLine ? w.endLine - w.line + 1 : 1), 0);

/** What an import will create, in which cycle and for whom; nothing is written before Import. */
export function ImportPreviewDialog({ pending }: Props) {
  const { count } = useFormat();
  const { objectives, warnings } = pending.preview;
  const cycles = (useCycles() ?? []).filter((c) => c.state !== 'closed');
  const openCycle = useUi((s) => s.cycleId);
  const me = useMeId();
  const busy = useUi((s) => s.backupBusy);
  const [cycleId, setCycleId] = useState<string | null>(null);
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [keep, setKeep] = useState<boolean[]>(() => objectives.map(() => true));
  const [error, setError] = useState<string | null>(null);
  const cycle =
    cycleId ?? (cycles.some((c) => c.id === openCycle) ? openCycle : cycles[0]?.id) ?? '';
  const owner = ownerId ?? me ?? '';
  const chosen = objectives.filter((_, i) => keep[i]);
  const krCount = chosen.reduce((n, o) => n + o.keyResults.length, 0);
  const submit = async () => {
    try {
      await confirmImport(cycle, owner, keep);
    } catch (err) {
      setError(err instanceof ValidationError ? err.message : describeError(err));
    }
  };
  return (
    <Dialog title={`Import from ${pending.source}`} onClose={cancelImport} wide>
      <div className="row">
        <Field label="Into cycle">
          {(p) => (
            <select {...p} value={cycle} onChange={(e) => setCycleId(e.target.value)}>
              {cycles.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Owner">
          {(p) => <OwnerSelect value={owner} onChange={setOwnerId} inputProps={p} />}
        </Field>
      </div>
      {objectives.length ? (
        <ul className="import-preview" aria-label="Objectives to import">
          {objectives.map((o, i) => (
            <li key={i} className={o.parent !== null ? 'import-preview__nested' : undefined}>
              <label className="import-preview__objective">
                <input
                  type="checkbox"
                  checked={keep[i] ?? true}
                  onChange={(e) =>
                    setKeep((k) => k.map((v, j) => (j === i ? e.target.checked : v)))
                  }
                />{' '}
                {o.title}
              </label>
              {o.keyResults.length ? (
                <ul>
                  {o.keyResults.map((k, j) => (
                    <li key={j}>
                      {k.title} <span className="muted small">({facts(k)})</span>
                      {k.note ? <span className="muted small"> · {k.note}</span> : null}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted small">No key results yet</p>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {warnings.length ? (
        <details className="import-preview__warnings" open={!objectives.length}>
          <summary>{count(skippedCount(warnings), 'line')} skipped or changed</summary>
          <ul>
            {warnings.map((w, i) => (
              <li key={i}>
                {w.endLine ? `Lines ${w.line}–${w.endLine}` : `Line ${w.line}`}: {w.message}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <DialogActions
        error={error}
        onCancel={cancelImport}
        confirm={`Import ${count(chosen.length, 'objective')} and ${count(krCount, 'key result')}`}
        disabled={!chosen.length || !cycle || !owner || !!busy}
        onConfirm={() => void submit()}
      />
    </Dialog>
  );
}
