/** Entry point of the workbench in the browser. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { activeRenderer } from './chart/active-renderer';
import { createWorkbench } from './state/workbench';
import './styles/app.css';

const workbench = createWorkbench();
// A handle for browser tests and the console: the chart, the UI state and the renderer (to find
// where an entity is drawn).
(window as unknown as { touchstone: unknown }).touchstone = { chart: workbench.chart, ui: workbench.ui, renderer: activeRenderer };

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App workbench={workbench} />
  </StrictMode>,
);
