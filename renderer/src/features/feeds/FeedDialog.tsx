import { useMemo, useState, type FormEvent } from 'react';
import { toIsoDate } from '@shared/domain/cycle';
import type { FeedReading } from '@shared/feeds/feedSchemas';
import { FEED_EXTENSIONS, feedKindOf, readFeed, readTable } from '@shared/feeds/readFeed';
import { tooLargeMessage } from '@shared/fileLimits';
import { linkFeedOf, recordFeedReadOf } from '../../db/commands/feedTargets';
import { host } from '../../host';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { describeError } from '../../ui/errors';
import { useFormat } from '../settings/useFormat';
import { feedFileBook } from './feedFileBook';
import { FeedFields, type FeedSpec } from './FeedFields';
import { FeedPreview } from './FeedPreview';
import type { FeedTarget } from './feedTarget';

export interface Props {
  /** The key result or KPI to feed. */
  target: FeedTarget;
  /** Called with the ref of the file saved as the link, or null when cancelled. */
  onClose: (savedRef: string | null) => void;
}

interface Picked {
  name: string;
  ref: string;
  bytes: Uint8Array;
}

/**
 * Links a key result or a KPI to a file: choose it, see its columns, pick the column and the
 * reading, see the number it would read now, save. Nothing is written until Save.
 */
export function FeedDialog({ target, onClose }: Props) {
  const f = useFormat();
  const old = target.feed;
  const [file, setFile] = useState<Picked | null>(null);
  const [pickError, setPickError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [spec, setSpec] = useState<FeedSpec>({
    column: old?.column ?? '',
    reading: old?.reading ?? 'last',
    match: old?.match,
    dateColumn: old?.dateColumn,
    date: old?.date,
  });
  const kind = file ? feedKindOf(file.name) : null;
  const isJson = kind === 'json';
  const table = useMemo(
    () =>
      file && typeof kind === 'string' && kind !== 'json' ? readTable(file.bytes, file.name) : null,
    [file, kind],
  );
  const full: FeedReading | null =
    typeof kind === 'string' ? { ...spec, kind, reading: isJson ? 'last' : spec.reading } : null;
  const outcome =
    file && full && full.column.trim()
      ? readFeed(file.bytes, file.name, full, toIsoDate(new Date()))
      : null;
  const problems = [
    pickError,
    kind && typeof kind === 'object' && !kind.ok ? kind.problem.message : null,
    table && !table.ok ? table.problem.message : null,
  ].filter((p): p is string => !!p);

  async function choose() {
    setPickError(null);
    try {
      const picked = await host.pickFeedFile({
        filters: [{ name: 'CSV, TSV, Excel or JSON', extensions: FEED_EXTENSIONS }],
      });
      if (!picked) return;
      if ('tooLarge' in picked) {
        setPickError(tooLargeMessage(picked.name, picked.tooLarge.bytes));
        return;
      }
      if (file) feedFileBook().forgetIfUnused(file.ref);
      setFile(picked);
      const t = readTable(picked.bytes, picked.name);
      // Keep the column chosen before if the new file has it; else offer the last column.
      if (t.ok && !t.table.columns.includes(spec.column))
        setSpec((s) => ({ ...s, column: t.table.columns.filter(Boolean).at(-1) ?? '' }));
    } catch (e) {
      setPickError(describeError(e));
    }
  }

  function cancel() {
    if (file) feedFileBook().forgetIfUnused(file.ref);
    onClose(null);
  }

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!file || !full || !outcome) return;
    try {
      await linkFeedOf(target, { ...full, fileName: file.name, fileRef: file.ref });
      await recordFeedReadOf(target, file.ref, outcome);
      onClose(file.ref);
    } catch (err) {
      setSaveError(describeError(err));
    }
  }

  return (
    <Dialog title={`Feed “${target.title}” from a file`} onClose={cancel} wide>
      <form className="feed-dialog" aria-label="Link to a file" onSubmit={(e) => void save(e)}>
        <div className="feed-dialog__file">
          <button type="button" onClick={() => void choose()}>
            {file ? 'Choose another file…' : 'Choose a file…'}
          </button>
          <span aria-live="polite">
            {file ? (
              <strong>{file.name}</strong>
            ) : (
              <span className="muted">CSV, TSV, .xlsx or JSON, up to 100 MB</span>
            )}
          </span>
        </div>
        {problems.map((p) => (
          <p key={p} className="field__error" role="alert">
            {p}
          </p>
        ))}
        {table?.ok ? <FeedPreview table={table.table} column={spec.column} /> : null}
        {file && typeof kind === 'string' ? (
          <FeedFields
            spec={spec}
            columns={table?.ok ? table.table.columns.filter((c) => c !== '') : isJson ? null : []}
            onChange={(patch) => setSpec((s) => ({ ...s, ...patch }))}
          />
        ) : null}
        {outcome ? (
          outcome.ok ? (
            <p className="feed-dialog__value" role="status">
              It reads <strong>{f.number(outcome.value)}</strong> now.
            </p>
          ) : (
            <p className="field__error" role="alert">
              {outcome.problem.message}
            </p>
          )
        ) : null}
        <DialogActions
          error={saveError}
          onCancel={cancel}
          confirm="Save link"
          disabled={!outcome?.ok}
        />
      </form>
    </Dialog>
  );
}
