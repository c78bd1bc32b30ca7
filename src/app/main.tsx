import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './app.css';
import { parsePageOptions } from './query';
import { startSettingsSync } from './settings/sync';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const parsed = parsePageOptions(window.location.search);
startSettingsSync({ checkTraining: parsed.ok && parsed.options.checkTraining });
createRoot(root).render(
  <StrictMode>
    <App optionsError={parsed.ok ? null : parsed.error} faults={parsed.ok && parsed.options.faults} />
  </StrictMode>,
);
