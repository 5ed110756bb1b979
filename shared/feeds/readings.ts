import type { FeedReading } from './feedSchemas';
import { problem, type Cell, type FeedOutcome, type Table } from './table';

/**
 * The readings that turn a table into the one number a check-in records: the last row, the
 * sum, the count of rows matching a value, the value at a date. Every failure names the
 * file, the column and the row, and gives no number.
 */

function columnIndex(table: Table, name: string): number | FeedOutcome {
  const want = name.trim().toLowerCase();
  const i = table.columns.findIndex((c) => c.trim().toLowerCase() === want);
  if (i >= 0) return i;
  const list = table.columns.filter((c) => c.trim() !== '').join(', ');
  return problem(
    'missingColumn',
    `Column '${name}' is not in ${table.fileName} — columns are: ${list || '(none)'}`,
  );
}

function notANumber(table: Table, column: string, row: number, cell: Cell): FeedOutcome {
  const where = `Row ${table.rowNumbers[row]} of column '${column}' in ${table.fileName}`;
  if (cell.kind === 'formula')
    return problem(
      'formula',
      `${where} is a formula saved without its value — open the file in its spreadsheet app and save it again`,
    );
  if (cell.kind === 'date')
    return problem(
      'dateColumn',
      `Column '${column}' in ${table.fileName} holds dates (row ${table.rowNumbers[row]}: ${cell.iso}), not numbers — choose the column with the values`,
    );
  return problem(
    'text',
    `${where} holds ${cell.kind === 'text' ? `'${cell.text.slice(0, 40)}'` : 'nothing'}, not a number`,
  );
}

const filled = (rows: Cell[][], i: number) =>
  rows.flatMap((r, n) => (r[i] && r[i].kind !== 'empty' ? [{ n, cell: r[i] }] : []));

function numberAt(table: Table, column: string, n: number, cell: Cell): FeedOutcome {
  return cell.kind === 'number'
    ? { ok: true, value: cell.value }
    : notANumber(table, column, n, cell);
}

function dayOf(cell: Cell | undefined): string | null {
  if (!cell) return null;
  if (cell.kind === 'date') return cell.iso;
  return null;
}

/** Reads one number from a table; `today` (yyyy-mm-dd) is the day of the read. */
export function applyReading(table: Table, spec: FeedReading, today: string): FeedOutcome {
  if (table.rows.length === 0)
    return problem('noRows', `${table.fileName} has no rows under its header`);
  const col = columnIndex(table, spec.column);
  if (typeof col !== 'number') return col;
  const name = table.columns[col]!;
  const cells = filled(table.rows, col);
  if (spec.reading === 'countMatching') {
    const want = (spec.match ?? '').trim().toLowerCase();
    const text = (c: Cell) =>
      c.kind === 'text'
        ? c.text
        : c.kind === 'number'
          ? String(c.value)
          : c.kind === 'date'
            ? c.iso
            : '';
    return {
      ok: true,
      value: cells.filter(({ cell }) => text(cell).trim().toLowerCase() === want).length,
    };
  }
  if (cells.length === 0)
    return problem('emptyColumn', `Column '${name}' in ${table.fileName} is empty`);
  if (spec.reading === 'last') {
    const last = cells[cells.length - 1]!;
    return numberAt(table, name, last.n, last.cell);
  }
  if (spec.reading === 'sum') {
    let sum = 0;
    for (const { n, cell } of cells) {
      const r = numberAt(table, name, n, cell);
      if (!r.ok) return r;
      sum += r.value;
    }
    // Sums of decimals drift (0.1 + 0.2); a person's sheet shows the rounded total.
    return { ok: true, value: Math.round(sum * 1e9) / 1e9 };
  }
  const dateCol = columnIndex(table, spec.dateColumn ?? '');
  if (typeof dateCol !== 'number') return dateCol;
  const day = spec.date ?? today;
  let best: { n: number; iso: string } | null = null;
  table.rows.forEach((r, n) => {
    const iso = dayOf(r[dateCol]);
    if (iso && iso <= day && (!best || iso >= best.iso)) best = { n, iso };
  });
  const found = best as { n: number; iso: string } | null;
  if (!found)
    return problem(
      'noDate',
      `No row of ${table.fileName} has a date in column '${table.columns[dateCol]}' on or before ${day}`,
    );
  return numberAt(table, name, found.n, table.rows[found.n]![col] ?? { kind: 'empty' });
}
