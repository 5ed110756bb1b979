import { parsePrintRoute } from '@shared/report/printRoute';
import './styles.css';

// The hidden print window opens the app at a report's route: it shows that report alone, and
// loads only what the report needs — not the shell, the coach's language model or the
// planning code, whose evaluation alone took ~1 s of a 20-page PDF here (docs/benchmarks.md).
const root = document.getElementById('root')!;
const printRoute = parsePrintRoute(window.location.hash);
if (printRoute) void import('./startPrint').then((m) => m.startPrint(root, printRoute));
else void import('./startApp').then((m) => m.startApp(root));
