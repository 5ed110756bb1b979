import {
  READINGS,
  READING_LABELS,
  type FeedReading,
  type Reading,
} from '@shared/feeds/feedSchemas';
import { ColumnSelect } from './ColumnSelect';

export type FeedSpec = Omit<FeedReading, 'kind'>;

export interface Props {
  spec: FeedSpec;
  /** The file's columns; null for JSON, which has a path to the number instead. */
  columns: readonly string[] | null;
  onChange: (patch: Partial<FeedSpec>) => void;
}

/** How to read the chosen file: the column (or JSON path), the reading and what it needs. */
export function FeedFields({ spec, columns, onChange }: Props) {
  if (!columns)
    return (
      <div className="feed-dialog__fields">
        <label className="field">
          Path to the number
          <input
            value={spec.column}
            placeholder="data.mrr or $.rows[-1].mrr"
            onChange={(e) => onChange({ column: e.target.value })}
          />
        </label>
      </div>
    );
  return (
    <div className="feed-dialog__fields">
      <ColumnSelect
        label="Column"
        value={spec.column}
        columns={columns}
        onChange={(column) => onChange({ column })}
      />
      <label className="field">
        Reading
        <select
          value={spec.reading}
          onChange={(e) => onChange({ reading: e.target.value as Reading })}
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
          <input value={spec.match ?? ''} onChange={(e) => onChange({ match: e.target.value })} />
        </label>
      ) : null}
      {spec.reading === 'atDate' ? (
        <>
          <ColumnSelect
            label="Date column"
            value={spec.dateColumn ?? ''}
            columns={columns}
            none="—"
            onChange={(dateColumn) => onChange({ dateColumn })}
          />
          <label className="field">
            On date (empty: the day of each read)
            <input
              type="date"
              value={spec.date ?? ''}
              onChange={(e) => onChange({ date: e.target.value || undefined })}
            />
          </label>
        </>
      ) : null}
    </div>
  );
}
