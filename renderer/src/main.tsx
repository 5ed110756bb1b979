import { parsePrintRoute, type PrintRoute } from '@shared/report/printRoute';
import { startOpeningReads } from './db/openingReads';
import './styles.css';

// The hidden print window opens the app at a report's route: it shows that report alone, and
// loads only what the report needs — not the shell, the coach's language model or the
// planning code, whose evaluation alone took ~1 s of a 20-page PDF here (docs/benchmarks.md).
// Two imports in two functions: each gets its own list of chunks and styles to preload.
const root = document.getElementById('root')!;

// Each report its own entry, so a review's print does not fetch and evaluate the meeting
// pack's code (~200 ms of a print here) and the other way round.
async function startPrintWindow(route: PrintRoute): Promise<void> {
  if (route.report === 'pack') {
    const { startPackPrint } = await import('./startPackPrint');
    startPackPrint(root, route);
  } else {
    const { startPrint } = await import('./startPrint');
    startPrint(root, route);
  }
}

async function startAppWindow(): Promise<void> {
  // The first screen's reads run while the rest of the script loads (db/openingReads.ts).
  void startOpeningReads();
  const { startApp } = await import('./startApp');
  startApp(root);
}

const printRoute = parsePrintRoute(window.location.hash);
void (printRoute ? startPrintWindow(printRoute) : startAppWindow());
