import { useCallback, useEffect } from 'react';
import { PRINT_READY_TITLE, type PrintRoute } from '@shared/report/printRoute';
import { PackPrint } from '../planning/pack/PackPrint';
import { ReportPreview } from './report/ReportPreview';

export interface Props {
  route: PrintRoute;
}

/**
 * What a print window or frame shows: one report alone, read from the data once and drawn in
 * the light palette. Once it has drawn everything it sets the page title, which Electron's
 * main process waits for, and tells the page that framed it (the browser host's print).
 */
export function PrintRoot({ route }: Props) {
  useEffect(() => {
    // Paper is white whatever the system theme.
    document.documentElement.dataset.theme = 'light';
  }, []);
  const ready = useCallback(() => {
    document.title = PRINT_READY_TITLE;
    if (window.parent !== window) window.parent.postMessage(PRINT_READY_TITLE, location.origin);
  }, []);
  return (
    <main className="print-root">
      {route.report === 'pack' ? (
        <PackPrint cycleId={route.cycleId} pageSize={route.pageSize} onReady={ready} />
      ) : (
        <ReportPreview
          cycleId={route.cycleId}
          scopeId={route.scopeId}
          pageSize={route.pageSize}
          onReady={ready}
        />
      )}
    </main>
  );
}
