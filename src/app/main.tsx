import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './app.css';
import { registerServiceWorker } from './offline/register';
import { bootSession } from './persist/boot';
import { openPresenter } from './present/presentStore';
import { parsePageOptions } from './query';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const parsed = parsePageOptions(window.location.search);
// Reopens a saved session (IndexedDB) or starts from the link; then keeps the hash and the run in step.
void bootSession({ checkTraining: parsed.ok && parsed.options.checkTraining });
if (parsed.ok && parsed.options.present) openPresenter(parsed.options.present);
registerServiceWorker();
createRoot(root).render(
  <StrictMode>
    <App optionsError={parsed.ok ? null : parsed.error} faults={parsed.ok && parsed.options.faults} />
  </StrictMode>,
);
