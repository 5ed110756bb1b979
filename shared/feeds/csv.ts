import Papa from 'papaparse';
import { cellFromText, problem, type TableOutcome } from './table';

/**
 * CSV and TSV through papaparse: the first row is the header, blank lines are skipped, and
 * each cell is typed as a person wrote it (see cellFromText).
 */
export function readDelimited(text: string, fileName: string, kind: 'csv' | 'tsv'): TableOutcome {
  // A NUL byte never appears in text a person saved as CSV: this is some other file renamed.
  if (text.includes('\u0000'))
    return problem('unsupported', `${fileName} is not a text file, so not CSV or TSV`);
  const body = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(body, {
    delimiter: kind === 'tsv' ? '\t' : '',
    skipEmptyLines: 'greedy',
  });
  const quote = parsed.errors.find((e) => e.type === 'Quotes');
  if (quote)
    return problem(
      'damaged',
      `${fileName} is not valid ${kind.toUpperCase()}: a quote is never closed (row ${(quote.row ?? 0) + 1})`,
    );
  const [header, ...rows] = parsed.data;
  if (!header) return problem('noRows', `${fileName} is empty`);
  return {
    ok: true,
    table: {
      fileName,
      columns: header.map((h) => h.trim()),
      rows: rows.map((r) => r.map(cellFromText)),
      // Blank lines were skipped, so these count data rows after a one-line header; close
      // enough to find the row, exact for files without blank lines.
      rowNumbers: rows.map((_, i) => i + 2),
    },
  };
}
