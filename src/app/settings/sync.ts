/**
 * Keeps the URL hash, the settings store and the engine in step: the hash is read at start and when
 * the user edits it; every settings change rewrites the hash (replaceState: no history entry per
 * keystroke) and starts a fresh run.
 */
import { applySettings } from '../run/session';
import { formatHash, parseHash } from './hash';
import { useSettingsStore } from './settingsStore';

function readHash(): void {
  const { settings, problems } = parseHash(window.location.hash);
  useSettingsStore.setState({ settings, linkProblems: problems });
}

export function startSettingsSync(options: { checkTraining: boolean }): () => void {
  readHash();
  const write = () => {
    const { settings } = useSettingsStore.getState();
    const hash = formatHash(settings);
    if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
  };
  write();
  void applySettings(useSettingsStore.getState().settings, options);
  const unsubscribe = useSettingsStore.subscribe((state, prev) => {
    if (state.settings === prev.settings) return;
    write();
    void applySettings(state.settings);
  });
  window.addEventListener('hashchange', readHash);
  return () => {
    unsubscribe();
    window.removeEventListener('hashchange', readHash);
  };
}
