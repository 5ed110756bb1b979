import { READING_LABELS, type CheckInSource } from './feedSchemas';

/**
 * Where a check-in's value came from, as the history shows it: "from sales.csv, column MRR,
 * last row, 09:02" or "by hand". `time` formats the read's instant in the person's locale.
 */
export function provenanceLabel(
  source: CheckInSource | undefined,
  time: (iso: string) => string,
): string | null {
  if (!source) return null;
  if ('manual' in source) return 'by hand';
  // A JSON feed is a path to one value: there is no reading to name.
  if (/\.json$/i.test(source.file))
    return `from ${source.file}, path ${source.column}, ${time(source.readAt)}`;
  return `from ${source.file}, column ${source.column}, ${READING_LABELS[source.reading]}, ${time(source.readAt)}`;
}
