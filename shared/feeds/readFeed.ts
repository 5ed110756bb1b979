import { MAX_OPEN_BYTES, tooLargeMessage } from '../fileLimits';
import { readDelimited } from './csv';
import type { FeedKind, FeedReading } from './feedSchemas';
import { readJson } from './json';
import { applyReading } from './readings';
import { problem, type FeedOutcome, type TableOutcome } from './table';
import { readXlsx } from './xlsx';

/**
 * The one entry from a file's bytes to a key result's number: the kind from the file name,
 * the size limit, the reader, the reading. Pure: the hosts fetch the bytes, this decides.
 */

const EXTENSIONS: Record<string, FeedKind> = {
  csv: 'csv',
  tsv: 'tsv',
  tab: 'tsv',
  xlsx: 'xlsx',
  json: 'json',
};

/** The extensions a file picker offers for a feed. */
export const FEED_EXTENSIONS = Object.keys(EXTENSIONS);

export function feedKindOf(fileName: string): FeedKind | FeedOutcome {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const kind = EXTENSIONS[ext];
  if (kind) return kind;
  if (ext === 'xls')
    return problem(
      'unsupported',
      `${fileName} is an old Excel .xls file — save it as .xlsx or CSV`,
    );
  return problem('unsupported', `${fileName} is not a CSV, TSV, XLSX or JSON file`);
}

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);

function sizeProblem(fileName: string, bytes: number): FeedOutcome | null {
  return bytes > MAX_OPEN_BYTES ? problem('tooLarge', tooLargeMessage(fileName, bytes)) : null;
}

/** The table of a CSV/TSV/XLSX file, for the link dialog's column preview. */
export function readTable(bytes: Uint8Array, fileName: string): TableOutcome {
  const tooBig = sizeProblem(fileName, bytes.byteLength);
  if (tooBig && !tooBig.ok) return tooBig;
  const kind = feedKindOf(fileName);
  if (typeof kind !== 'string') return kind as Extract<FeedOutcome, { ok: false }>;
  if (kind === 'json')
    return problem('unsupported', `${fileName} is JSON: it has a path, not columns`);
  return kind === 'xlsx' ? readXlsx(bytes, fileName) : readDelimited(decode(bytes), fileName, kind);
}

/** Reads the number a feed gives from the file's bytes; `today` is yyyy-mm-dd. */
export function readFeed(
  bytes: Uint8Array,
  fileName: string,
  spec: FeedReading,
  today: string,
): FeedOutcome {
  const tooBig = sizeProblem(fileName, bytes.byteLength);
  if (tooBig) return tooBig;
  const kind = feedKindOf(fileName);
  if (typeof kind !== 'string') return kind;
  if (kind === 'json') return readJson(decode(bytes), fileName, spec.column);
  const table = readTable(bytes, fileName);
  return table.ok ? applyReading(table.table, spec, today) : table;
}

/** What the host says when it cannot hand over the bytes. */
export type FeedFileFailure = { gone: true } | { access: true } | { tooLarge: { bytes: number } };

export function hostFailureProblem(fileName: string, f: FeedFileFailure): FeedOutcome {
  if ('gone' in f)
    return problem(
      'gone',
      `${fileName} is gone — it was moved, renamed or deleted. Choose the file again.`,
    );
  if ('access' in f)
    return problem(
      'access',
      `Cairn may no longer read ${fileName} — choose the file again to allow it.`,
    );
  return problem('tooLarge', tooLargeMessage(fileName, f.tooLarge.bytes));
}
