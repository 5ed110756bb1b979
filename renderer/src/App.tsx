import { Suspense, useDeferredValue, useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { toIsoDate } from '@shared/domain/cycle';
import { actionForKey, runAction } from './actions/registry';
import { ensureWorkspace, SETTING } from './db/bootstrap';
import { db } from './db/schema';
import { live } from './db/records';
import { endOpening, openingReadsDone } from './db/openingReads';
import { useWindowOpened } from './db/useOpeningRead';
import { useSetting } from './db/queries';
import { host } from './host';
import { selectedObjectiveId, useUi } from './store/ui';
import { Sidebar } from './shell/Sidebar';
import { DetailPane } from './shell/DetailPane';
import { useWindowWidth } from './shell/useWindowWidth';
import { isSidebarCollapsed } from './store/layoutSlice';
import { Palette } from './ui/Palette';
import { Toasts } from './ui/Toasts';
import { reportError } from './ui/errors';
import { preloadViews, VIEW_COMPONENTS } from './shell/views';
import { Welcome } from './features/onboarding/Welcome';
import { NewObjectiveDialog } from './features/objectives/NewObjectiveDialog';
import { NewCycleDialog } from './features/cycles/NewCycleDialog';
import { MoveCycleDialog } from './features/cycles/MoveCycleDialog';
import { UpdatesDialogRoot } from './features/updates/UpdatesDialogRoot';
import { WorkspaceDialogRoot } from './features/workspaces/WorkspaceDialogRoot';
import { OpeningWorkspace } from './features/workspaces/OpeningWorkspace';
import { pickOpenCycle } from './features/workspace';
import { usePreferences } from './features/settings/usePreferences';
import { useTheme } from './features/settings/useTheme';
import { CheckInReminders } from './features/reminders/CheckInReminders';

/** Opens the workspace (creating it on first launch) and picks the cycle to show. */
function useBootstrap(): boolean {
  const cycleId = useUi((s) => s.cycleId);
  useEffect(() => {
    // Read early (db/openingReads.ts): the list need not wait for the checks below.
    void openingReadsDone().then((early) => {
      const id = early?.openCycleId;
      if (id && !useUi.getState().cycleId) useUi.getState().setCycle(id);
    });
    ensureWorkspace()
      .then(async () => {
        if (useUi.getState().cycleId) return;
        const cycle = pickOpenCycle(live(await db.cycles.toArray()), toIsoDate(new Date()));
        if (cycle) useUi.getState().setCycle(cycle.id);
      })
      .catch(reportError);
  }, []);
  const ready = cycleId !== null;
  // The split-off views are fetched in the background a few seconds after the first is shown.
  useEffect(() => {
    if (ready) preloadViews();
  }, [ready]);
  // Key results fed from files read them once the window has opened (features/feeds). Loaded
  // then: its CSV and spreadsheet readers are no part of the start-up script.
  const opened = useWindowOpened();
  useEffect(() => {
    if (!ready || !opened) return;
    let stop: (() => void) | undefined;
    let gone = false;
    void import('./features/feeds/feedRunner')
      .then((m) => {
        if (!gone) stop = m.startFeedRunner();
      })
      .catch(reportError);
    return () => {
      gone = true;
      stop?.();
    };
  }, [ready, opened]);
  return ready;
}

/** Shortcuts from the keyboard and clicks from the native menu run the same registered actions. */
function useActionRouting(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const a = actionForKey(e);
      if (!a) return;
      // Undo inside a text field is the field's own undo.
      if (a.id === 'edit.undo' && (e.target as HTMLElement)?.closest?.('input, textarea')) return;
      e.preventDefault();
      runAction(a.id).catch(reportError);
    };
    window.addEventListener('keydown', onKey);
    const off = host.onMenuAction((id) => void runAction(id).catch(reportError));
    // Loaded on demand, like the Backups view it opens.
    const offBackup = host.onOpenBackupFile(
      (file) =>
        void import('./features/backups/flows')
          .then((m) => m.openBackupFromHost(file))
          .catch(reportError),
    );
    return () => {
      window.removeEventListener('keydown', onKey);
      off();
      offBackup();
    };
  }, []);
}

export function App() {
  const ready = useBootstrap();
  useActionRouting();
  useTheme(usePreferences().theme);
  useWindowWidth();
  const narrow = useUi((s) => s.narrowWindow);
  const collapsed = useUi(isSidebarCollapsed);
  const view = useUi((s) => s.view);
  const cycleId = useUi((s) => s.cycleId);
  // The pane shows the selected objective (or the objective of a selected key result).
  const paneObjectiveId = useUi((s) => (s.detailOpen ? selectedObjectiveId(s.selection) : null));
  const paletteOpen = useUi((s) => s.paletteOpen);
  const dialog = useUi((s) => s.dialog);
  const onboarding = useSetting<string>(SETTING.onboarding);
  // Whether any objective exists: one key read (count() would scan the whole table).
  const objectiveCount = useLiveQuery(
    async () => (await db.objectives.limit(1).primaryKeys()).length,
    [],
  );
  // The early reads serve the Objectives list's first screen; any other view reads live.
  useEffect(() => {
    if (view !== 'objectives') endOpening();
  }, [view]);
  // A view's split-off code may still be loading: the one shown stays until the next can draw,
  // instead of "Loading…" whose reveal React holds back 300 ms (its fallback throttle); the
  // sidebar marks the new view at once.
  const Main = VIEW_COMPONENTS[useDeferredValue(view)];
  if (!ready) return <OpeningWorkspace />;
  return (
    <div
      className={['app', collapsed && 'app--rail', paneObjectiveId && !narrow && 'app--detail']
        .filter(Boolean)
        .join(' ')}
    >
      <Sidebar />
      <main className="main" id="main">
        <CheckInReminders />
        <Suspense fallback={<p className="loading muted">Loading…</p>}>
          <Main />
        </Suspense>
      </main>
      {paneObjectiveId ? (
        <DetailPane key={paneObjectiveId} objectiveId={paneObjectiveId} drawer={narrow} />
      ) : null}
      {paletteOpen ? <Palette /> : null}
      {dialog?.kind === 'newObjective' ? <NewObjectiveDialog /> : null}
      {dialog?.kind === 'newCycle' ? <NewCycleDialog /> : null}
      {dialog?.kind === 'moveCycle' ? (
        <MoveCycleDialog cycleId={dialog.cycleId} to={dialog.to} />
      ) : null}
      {onboarding === 'pending' && objectiveCount === 0 && cycleId ? (
        <Welcome cycleId={cycleId} />
      ) : null}
      <UpdatesDialogRoot />
      <WorkspaceDialogRoot />
      <Toasts />
    </div>
  );
}
