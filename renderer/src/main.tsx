import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { registerCoreActions } from './actions/core';
import { startDataSafety } from './features/backups/dataSafety';
import { registerMapActions } from './features/map/actions';
import './styles.css';

registerCoreActions();
registerMapActions();
// Backups and the safety net start before the first read, so an upgrade is backed up first.
void startDataSafety().finally(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
