/** A column of a report table: its heading, and whether it holds numbers (right-aligned). */
export type Column = string | { label: string; num: true };

/** The header row of a report table. */
export function TableHead({ columns }: { columns: readonly Column[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c) =>
          typeof c === 'string' ? (
            <th key={c} scope="col">
              {c}
            </th>
          ) : (
            <th key={c.label} scope="col" className="num">
              {c.label}
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}

/** A numeric column. */
export const num = (label: string): Column => ({ label, num: true });
