import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { registerCoreActions } from './actions/core';
import { registerMapActions } from './features/map/actions';
import './styles.css';

registerCoreActions();
registerMapActions();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
