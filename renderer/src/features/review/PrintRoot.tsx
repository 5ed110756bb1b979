import { useCallback } from 'react';
import { PRINT_READY_TITLE, type PrintRoute } from '../../../../shared/report/printRoute';
import { ReportPreview } from './report/ReportPreview';

export interface Props {
  route: PrintRoute;
}

/**
 * What the hidden print window shows: the report alone. Once it has drawn everything it sets
 * the page title, which the main process waits for before printing.
 */
export function PrintRoot({ route }: Props) {
  const ready = useCallback(() => {
    document.title = PRINT_READY_TITLE;
  }, []);
  return (
    <main className="print-root">
      <ReportPreview
        cycleId={route.cycleId}
        scopeId={route.scopeId}
        pageSize={route.pageSize}
        onReady={ready}
      />
    </main>
  );
}
