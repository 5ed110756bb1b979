import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { PrintRoute } from '@shared/report/printRoute';
import { PrintRoot } from './features/review/PrintRoot';
import { ReportPreview } from './features/review/report/ReportPreview';

/**
 * A hidden print window of a review report: that report alone, nothing of the app's shell nor
 * of the other reports (the meeting pack has its own entry, startPackPrint.tsx).
 */
export function startPrint(root: HTMLElement, route: PrintRoute): void {
  createRoot(root).render(
    <StrictMode>
      <PrintRoot>
        {(ready) => (
          <ReportPreview
            cycleId={route.cycleId}
            scopeId={route.scopeId}
            pageSize={route.pageSize}
            onReady={ready}
          />
        )}
      </PrintRoot>
    </StrictMode>,
  );
}
