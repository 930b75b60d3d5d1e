/** Entry point of the workbench in the browser. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createWorkbench } from './state/workbench';
import './styles/app.css';

const workbench = createWorkbench();
// A read-only handle for browser tests and the console: the chart graph and the UI state.
(window as unknown as { touchstone: unknown }).touchstone = { chart: workbench.chart, ui: workbench.ui };

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App workbench={workbench} />
  </StrictMode>,
);
