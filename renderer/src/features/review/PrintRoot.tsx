import { useCallback, useEffect, type ReactNode } from 'react';
import { PRINT_READY_TITLE } from '@shared/report/printRoute';
import { PrintingContext } from '../../ui/charts/printing';

export interface Props {
  /** The one report, told how to say it has drawn everything. */
  children: (onReady: () => void) => ReactNode;
}

/**
 * What a print window or frame shows: one report alone, read from the data once and drawn in
 * the light palette. Once it has drawn everything it sets the page title, which Electron's
 * main process waits for, and tells the page that framed it (the browser host's print).
 */
export function PrintRoot({ children }: Props) {
  useEffect(() => {
    // Paper is white whatever the system theme.
    document.documentElement.dataset.theme = 'light';
  }, []);
  const ready = useCallback(() => {
    document.title = PRINT_READY_TITLE;
    if (window.parent !== window) window.parent.postMessage(PRINT_READY_TITLE, location.origin);
  }, []);
  return (
    <PrintingContext.Provider value={true}>
      <main className="print-root">{children(ready)}</main>
    </PrintingContext.Provider>
  );
}
