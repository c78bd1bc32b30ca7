/** The settings in force and the problems found in the link they came from (zustand). */
import { create } from 'zustand';
import type { Problem } from '../../formats/settings/hash';
import { defaultSettings, presetValues, type Settings } from '../../formats/settings/table';

export interface SettingsState {
  settings: Settings;
  linkProblems: Problem[];
}

export const useSettingsStore = create<SettingsState>()(() => ({
  settings: defaultSettings(),
  linkProblems: [],
}));

export function setSetting<K extends keyof Settings>(key: K, value: Settings[K]): void {
  const s = useSettingsStore.getState().settings;
  if (s[key] === value) return;
  // A new preset brings its own iterations, M, K, ...; the other choices stay.
  const next =
    key === 'preset'
      ? { ...s, preset: value as Settings['preset'], ...presetValues(value as Settings['preset']) }
      : { ...s, [key]: value };
  useSettingsStore.setState({ settings: next });
}

export function dismissLinkProblems(): void {
  useSettingsStore.setState({ linkProblems: [] });
}
