import type { PrintPageSize } from '@shared/report/printRoute';

export interface Props {
  pageSize: PrintPageSize;
  /** What every page's foot says on the left: the report's name and its date. */
  footer: string;
}

/** A CSS string literal holding any text: every character but letters, digits and spaces escaped. */
export const cssString = (text: string): string =>
  `"${[...text]
    .map((ch) => (/[\p{L}\p{N} ]/u.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `))
    .join('')}"`;

/**
 * The paper a report prints on: its size and margins, the report's name and date at the foot
 * of every page and "Page n of m" beside it (CSS page-margin boxes, which Chromium draws both
 * in Electron's printToPDF and in a browser's print), and always the light palette on white,
 * whatever the system's theme, so no page comes out with dark margins.
 */
export function PrintPageStyle({ pageSize, footer }: Props) {
  const box = 'font: 8pt system-ui, sans-serif; color: #5f6670;';
  return (
    <style>{`
@page {
  size: ${pageSize === 'Letter' ? 'Letter' : 'A4'};
  margin: 14mm 13mm 16mm;
  @bottom-left { content: ${cssString(footer)}; ${box} }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${box} }
}
@media print {
  :root { color-scheme: light; background: #fff; }
  body { background: #fff; }
}`}</style>
  );
}
