import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { registerCoreActions } from './actions/core';
import { registerViewOnlyBlockers } from './actions/viewOnly';
import { registerCheckInActions } from './features/checkins/actions';
import { startDataSafety } from './features/backups/dataSafety';
import { registerMapActions } from './features/map/actions';
import { registerPlanningActions } from './features/planning/actions';
import { registerReviewActions } from './features/review/actions';
import { registerUpdateActions } from './features/updates/actions';
import { registerReminderActions } from './features/reminders/actions';
import { registerWorkspaceActions } from './features/workspaces/actions';
import { startActiveTeamSync } from './workspaces/startSync';
import { applySystemTheme } from './features/settings/useTheme';
import { installFormKeys } from './ui/formKeys';
import { openingReadsDone } from './db/openingReads';

/** The app's window: its commands, the theme, the safety net, then the shell. */
export function startApp(root: HTMLElement): void {
  registerCoreActions();
  registerCheckInActions();
  registerReviewActions();
  registerMapActions();
  registerPlanningActions();
  registerUpdateActions();
  registerReminderActions();
  registerWorkspaceActions();
  registerViewOnlyBlockers();
  installFormKeys();
  applySystemTheme();
  void startActiveTeamSync();
  // Backups and the safety net start before the first read, so an upgrade is backed up first.
  // The early reads (db/openingReads.ts) are awaited too: drawn without them, the list would
  // read the org again behind them, in a database that serves one request after another.
  void Promise.all([startDataSafety(), openingReadsDone()]).finally(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}
