import type { WebContents } from 'electron';
import type { PrintRequest } from '../../shared/host';

/**
 * printToPDF options: the page size asked for, backgrounds on. Margins, page numbers and the
 * date come from the report's own `@page` rules (PrintPageStyle in the renderer), so the PDF
 * reads the same from Electron and from a browser's print; Chromium's header and footer
 * templates stay off, or they would print a second set.
 */
export function pdfOptions(req: PrintRequest): Parameters<WebContents['printToPDF']>[0] {
  return {
    pageSize: req.pageSize,
    landscape: req.landscape,
    printBackground: true,
    preferCSSPageSize: true,
    displayHeaderFooter: false,
  };
}
