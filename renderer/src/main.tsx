import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { registerCoreActions } from './actions/core';
import { registerCheckInActions } from './features/checkins/actions';
import { startDataSafety } from './features/backups/dataSafety';
import { registerMapActions } from './features/map/actions';
import { registerPlanningActions } from './features/planning/actions';
import { registerReviewActions } from './features/review/actions';
import { registerUpdateActions } from './features/updates/actions';
import { registerReminderActions } from './features/reminders/actions';
import { registerWorkspaceActions } from './features/workspaces/actions';
import { startActiveTeamSync } from './workspaces/startSync';
import { parsePrintRoute } from '@shared/report/printRoute';
import { applySystemTheme } from './features/settings/useTheme';
import { installFormKeys } from './ui/formKeys';
import './styles.css';

registerCoreActions();
registerCheckInActions();
registerReviewActions();
registerMapActions();
registerPlanningActions();
registerUpdateActions();
registerReminderActions();
registerWorkspaceActions();
installFormKeys();
// The hidden print window opens the app at a report's route: it shows that report alone.
const PrintRoot = lazy(async () => ({
  default: (await import('./features/review/PrintRoot')).PrintRoot,
}));
const printRoute = parsePrintRoute(window.location.hash);
if (!printRoute) applySystemTheme();
if (!printRoute) void startActiveTeamSync();
// Backups and the safety net start before the first read, so an upgrade is backed up first.
void (printRoute ? Promise.resolve() : startDataSafety()).finally(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      {printRoute ? (
        <Suspense>
          <PrintRoot route={printRoute} />
        </Suspense>
      ) : (
        <App />
      )}
    </StrictMode>,
  ),
);
