import { describeCell, type Table } from '@shared/feeds/table';

export interface Props {
  table: Table;
  /** The chosen column, marked in the preview. */
  column: string;
}

const SHOWN = 5;

/** The file's columns and its last few rows, so the person sees what each column holds. */
export function FeedPreview({ table, column }: Props) {
  const rows = table.rows.slice(-SHOWN);
  const numbers = table.rowNumbers.slice(-SHOWN);
  return (
    <div className="feed-preview">
      <table aria-label={`Last rows of ${table.fileName}`}>
        <thead>
          <tr>
            <th scope="col">Row</th>
            {table.columns.map((c, i) => (
              <th key={i} scope="col" className={c === column ? 'feed-preview__chosen' : undefined}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={numbers[i]}>
              <th scope="row">{numbers[i]}</th>
              {table.columns.map((c, j) => {
                const cell = r[j] ?? { kind: 'empty' as const };
                return (
                  <td key={j} className={c === column ? 'feed-preview__chosen' : undefined}>
                    {cell.kind === 'empty'
                      ? ''
                      : cell.kind === 'text'
                        ? cell.text
                        : describeCell(cell)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">
        {table.rows.length} rows · {table.columns.length} columns
      </p>
    </div>
  );
}
