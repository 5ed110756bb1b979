import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { PrintRoute } from '@shared/report/printRoute';
import { PrintRoot } from './features/review/PrintRoot';

/** A hidden print window: the one report of its route, nothing of the app's shell. */
export function startPrint(root: HTMLElement, route: PrintRoute): void {
  createRoot(root).render(
    <StrictMode>
      <PrintRoot route={route} />
    </StrictMode>,
  );
}
