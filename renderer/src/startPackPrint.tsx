import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { PrintRoute } from '@shared/report/printRoute';
import { PackPrint } from './features/planning/pack/PackPrint';
import { PrintRoot } from './features/review/PrintRoot';

/** A hidden print window of the meeting pack: the pack alone (a review loads startPrint.tsx). */
export function startPackPrint(root: HTMLElement, route: PrintRoute): void {
  createRoot(root).render(
    <StrictMode>
      <PrintRoot>
        {(ready) => <PackPrint cycleId={route.cycleId} pageSize={route.pageSize} onReady={ready} />}
      </PrintRoot>
    </StrictMode>,
  );
}
