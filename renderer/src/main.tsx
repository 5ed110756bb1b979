import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { registerCoreActions } from './actions/core';
import { registerCheckInActions } from './features/checkins/actions';
import { startDataSafety } from './features/backups/dataSafety';
import { registerMapActions } from './features/map/actions';
import { registerPlanningActions } from './features/planning/actions';
import { registerReviewActions } from './features/review/actions';
import { PrintRoot } from './features/review/PrintRoot';
import { parsePrintRoute } from '../../shared/report/printRoute';
import './styles.css';

registerCoreActions();
registerCheckInActions();
registerReviewActions();
registerMapActions();
registerPlanningActions();
// The hidden print window opens the app at a report's route: it shows that report alone.
const printRoute = parsePrintRoute(window.location.hash);
// Backups and the safety net start before the first read, so an upgrade is backed up first.
void (printRoute ? Promise.resolve() : startDataSafety()).finally(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>{printRoute ? <PrintRoot route={printRoute} /> : <App />}</StrictMode>,
  ),
);
