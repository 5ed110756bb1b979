import type { WebContents } from 'electron';
import type { PrintRequest } from '../../shared/host';

/** printToPDF options: the page size asked for, backgrounds on, page numbers in the footer. */
export function pdfOptions(req: PrintRequest): Parameters<WebContents['printToPDF']>[0] {
  return {
    pageSize: req.pageSize,
    landscape: req.landscape,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate:
      '<div style="font-size:8px;width:100%;text-align:center;color:#666">' +
      'Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
    margins: { top: 0.5, bottom: 0.6, left: 0.5, right: 0.5 },
  };
}
