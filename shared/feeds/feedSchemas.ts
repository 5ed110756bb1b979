import { z } from '../zod';

/**
 * A key result fed from a file: what the link remembers (`feed` on the key result) and where
 * a check-in's value came from (`source` on the check-in). Both are OPTIONAL fields on records
 * that already exist, so the Dexie schema and the backup format stay as they are and every
 * older backup still restores.
 */

export const FEED_KINDS = ['csv', 'tsv', 'xlsx', 'json'] as const;
export type FeedKind = (typeof FEED_KINDS)[number];

export const READINGS = ['last', 'sum', 'countMatching', 'atDate'] as const;
export type Reading = (typeof READINGS)[number];

export const READING_LABELS: Record<Reading, string> = {
  last: 'last row',
  sum: 'sum',
  countMatching: 'count of rows matching',
  atDate: 'value at a date',
};

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written yyyy-mm-dd');
const label = z.string().trim().min(1, 'cannot be empty').max(500, 'is too long');
const fileName = z.string().min(1, 'is missing').max(260, 'is too long');
const finite = z.number().refine(Number.isFinite, 'must be a finite number');

/** How to turn a file into one number: which column (or JSON path) and which reading. */
export const feedReadingSchema = z.object({
  kind: z.enum(FEED_KINDS),
  /** A column header (CSV/TSV/XLSX) or a path like `data.mrr` / `$.rows[-1].mrr` (JSON). */
  column: label,
  reading: z.enum(READINGS),
  /** countMatching: the text a row's cell must equal (ignoring case and outer spaces). */
  match: z.string().max(500).optional(),
  /** atDate: the column holding each row's date. */
  dateColumn: z.string().max(500).optional(),
  /** atDate: the day to read; absent means the day of the read. */
  date: isoDay.optional(),
});
export type FeedReading = z.infer<typeof feedReadingSchema>;

export const keyResultFeedSchema = feedReadingSchema.extend({
  fileName,
  /**
   * What the host needs to find the file again: the path main allowed (Electron) or the id
   * of the kept file handle (browser). Never read by the renderer as a path.
   */
  fileRef: z.string().min(1).max(4096),
  /** The last value read from the file: a new check-in is written only when it changes. */
  lastValue: finite.nullable().optional(),
  lastReadAt: z.string().max(40).nullable().optional(),
  /** Why the last read failed, in words for the person; null after a good read. */
  problem: z.string().max(2000).nullable().optional(),
});
export type KeyResultFeed = z.infer<typeof keyResultFeedSchema>;

export const fileSourceSchema = z.object({
  file: fileName,
  column: label,
  reading: z.enum(READINGS),
  readAt: z.string().max(40),
});
export type FileSource = z.infer<typeof fileSourceSchema>;

/** Where a check-in's value came from: a file read, or a person's hand on a fed key result. */
export const checkInSourceSchema = z.union([
  z.object({ manual: z.literal(true) }),
  fileSourceSchema,
]);
export type CheckInSource = z.infer<typeof checkInSourceSchema>;

export const isFileSource = (s: CheckInSource | undefined): s is FileSource => !!s && 'file' in s;
