import { useMemo, useState, type FormEvent } from 'react';
import { toIsoDate } from '@shared/domain/cycle';
import type { KeyResult } from '@shared/domain/model';
import {
  READINGS,
  READING_LABELS,
  type FeedReading,
  type Reading,
} from '@shared/feeds/feedSchemas';
import { FEED_EXTENSIONS, feedKindOf, readFeed, readTable } from '@shared/feeds/readFeed';
import { tooLargeMessage } from '@shared/fileLimits';
import { linkFeed, recordFeedRead } from '../../db/commands/feeds';
import { host } from '../../host';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { describeError } from '../../ui/errors';
import { useFormat } from '../settings/useFormat';
import { FeedPreview } from './FeedPreview';

export interface Props {
  kr: KeyResult;
  /** Called with the ref of the file saved as the link, or null when cancelled. */
  onClose: (savedRef: string | null) => void;
}

interface Picked {
  name: string;
  ref: string;
  bytes: Uint8Array;
}

/**
 * Links a key result to a file: choose it, see its columns, pick the column and the reading,
 * see the number it would read now, save. Nothing is written until Save.
 */
export function FeedDialog({ kr, onClose }: Props) {
  const f = useFormat();
  const old = kr.feed;
  const [file, setFile] = useState<Picked | null>(null);
  const [pickError, setPickError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [spec, setSpec] = useState<Omit<FeedReading, 'kind'>>({
    column: old?.column ?? '',
    reading: old?.reading ?? 'last',
    match: old?.match,
    dateColumn: old?.dateColumn,
    date: old?.date,
  });
  const today = toIsoDate(new Date());
  const kind = file ? feedKindOf(file.name) : null;
  const isJson = kind === 'json';
  const table = useMemo(
    () =>
      file && typeof kind === 'string' && kind !== 'json' ? readTable(file.bytes, file.name) : null,
    [file, kind],
  );
  const columns = table?.ok ? table.table.columns.filter((c) => c !== '') : [];
  const full: FeedReading | null =
    typeof kind === 'string' ? { ...spec, kind, reading: isJson ? 'last' : spec.reading } : null;
  const outcome =
    file && full && full.column.trim() ? readFeed(file.bytes, file.name, full, today) : null;

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
      if (file) void host.forgetFeedFile(file.ref).catch(() => undefined);
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
    if (file) void host.forgetFeedFile(file.ref).catch(() => undefined);
    onClose(null);
  }

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!file || !full || !outcome) return;
    try {
      await linkFeed(kr.id, { ...full, fileName: file.name, fileRef: file.ref });
      await recordFeedRead(kr.id, file.ref, outcome);
      onClose(file.ref);
    } catch (err) {
      setSaveError(describeError(err));
    }
  }

  const set = (patch: Partial<typeof spec>) => setSpec((s) => ({ ...s, ...patch }));
  return (
    <Dialog title={`Feed “${kr.title}” from a file`} onClose={cancel} wide>
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
        {pickError ? (
          <p className="field__error" role="alert">
            {pickError}
          </p>
        ) : null}
        {typeof kind === 'object' && kind && !kind.ok ? (
          <p className="field__error" role="alert">
            {kind.problem.message}
          </p>
        ) : null}
        {table && !table.ok ? (
          <p className="field__error" role="alert">
            {table.problem.message}
          </p>
        ) : null}
        {table?.ok ? <FeedPreview table={table.table} column={spec.column} /> : null}
        {file && typeof kind === 'string' ? (
          <div className="feed-dialog__fields">
            {isJson ? (
              <label className="field">
                Path to the number
                <input
                  value={spec.column}
                  placeholder="data.mrr or $.rows[-1].mrr"
                  onChange={(e) => set({ column: e.target.value })}
                />
              </label>
            ) : (
              <>
                <label className="field">
                  Column
                  <select value={spec.column} onChange={(e) => set({ column: e.target.value })}>
                    {columns.includes(spec.column) ? null : (
                      <option value={spec.column}>{spec.column || '—'}</option>
                    )}
                    {columns.map((c) => (
                      <option key={c} value={c}>
                        {c}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="field">
                  Reading
                  <select
                    value={spec.reading}
                    onChange={(e) => set({ reading: e.target.value as Reading })}
                  >
                    {READINGS.map((r) => (
                      <option key={r} value={r}>
                        {READING_LABELS[r]}
                      </option>
                    ))}
                  </select>
                </label>
                {spec.reading === 'countMatching' ? (
                  <label className="field">
                    Rows whose cell is
                    <input
                      value={spec.match ?? ''}
                      onChange={(e) => set({ match: e.target.value })}
                    />
                  </label>
                ) : null}
                {spec.reading === 'atDate' ? (
                  <>
                    <label className="field">
                      Date column
                      <select
                        value={spec.dateColumn ?? ''}
                        onChange={(e) => set({ dateColumn: e.target.value })}
                      >
                        <option value="">—</option>
                        {columns.map((c) => (
                          <option key={c} value={c}>
                            {c}
                          </option>
                        ))}
                      </select>
                    </label>
                    <label className="field">
                      On date (empty: the day of each read)
                      <input
                        type="date"
                        value={spec.date ?? ''}
                        onChange={(e) => set({ date: e.target.value || undefined })}
                      />
                    </label>
                  </>
                ) : null}
              </>
            )}
          </div>
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
