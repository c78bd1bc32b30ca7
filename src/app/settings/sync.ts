/**
 * Keeps the URL hash, the settings store and the engine in step: the hash is read at start and when
 * the user edits it; every settings change rewrites the hash (replaceState: no history entry per
 * keystroke) and starts a fresh run. The view in the link (formats/view/viewTable.ts) is read and written too.
 */

import { formatHash, parseHash } from '../../formats/settings/hash';
import type { Settings } from '../../formats/settings/table';
import { applySettings } from '../run/session';
import { useViewStore } from '../view/viewStore';
import { useSettingsStore } from './settingsStore';

/** True when two settings make the same run (their links' settings parts are equal). */
export function sameRun(a: Settings, b: Settings): boolean {
  return formatHash(a) === formatHash(b);
}

/**
 * Reads the hash into the stores. Settings that make the same run as those in force are not replaced, so
 * a link that changes only view keys (language, lesson, hidden controls, open explainer) leaves the run alone.
 */
function readHash(): void {
  const { settings, view, problems } = parseHash(window.location.hash);
  const same = sameRun(settings, useSettingsStore.getState().settings);
  useSettingsStore.setState(same ? { linkProblems: problems } : { settings, linkProblems: problems });
  useViewStore.setState({ view });
}

/**
 * `initial`: settings to start from instead of the hash's (a saved session, persist/boot.ts); `start`:
 * how the first run starts (default: a new run from the settings; a saved one is restored instead).
 */
export function startSettingsSync(options: {
  checkTraining: boolean;
  initial?: Settings;
  start?: (settings: Settings) => Promise<void>;
}): () => void {
  readHash();
  if (options.initial) useSettingsStore.setState({ settings: options.initial });
  const write = () => {
    const { settings } = useSettingsStore.getState();
    const hash = formatHash(settings, useViewStore.getState().view);
    if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
  };
  write();
  const first = useSettingsStore.getState().settings;
  void (options.start ? options.start(first) : applySettings(first, options));
  const unsubscribe = useSettingsStore.subscribe((state, prev) => {
    if (state.settings === prev.settings) return;
    write();
    void applySettings(state.settings);
  });
  // The view (language, lesson, hidden controls) is kept in the link but never restarts the run.
  const unsubscribeView = useViewStore.subscribe((state, prev) => {
    if (state.view !== prev.view) write();
  });
  window.addEventListener('hashchange', readHash);
  return () => {
    unsubscribe();
    unsubscribeView();
    window.removeEventListener('hashchange', readHash);
  };
}
