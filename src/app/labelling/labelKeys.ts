/**
 * The labelling panel's keys, one table: the panel's key handler (LabelPanel.tsx) and the keyboard help
 * (actions/KeysHelp.tsx) both read it, so the help cannot say what the keys do not do.
 */
import type { LabelState } from './labelStore';

export interface PanelKey {
  /** KeyboardEvent.key values, lower-cased. */
  keys: readonly string[];
  /** How the keys are written in the help. */
  keyLabel: string;
  /** What it does (English; the help translates it). */
  label: string;
  run: (s: LabelState) => void;
}

const UNDO: PanelKey = {
  keys: ['u'],
  keyLabel: 'U / Ctrl+Z',
  label: 'undo the last mark',
  run: (s) => s.undo(),
};

export const LABEL_KEYS: readonly PanelKey[] = [
  { keys: ['c', '1'], keyLabel: 'C / 1', label: 'mark the answer right', run: (s) => s.mark(true) },
  { keys: ['x', '0'], keyLabel: 'X / 0', label: 'mark the answer wrong', run: (s) => s.mark(false) },
  { keys: ['enter'], keyLabel: 'Enter', label: 'agree with the verifier', run: (s) => s.confirm() },
  { keys: ['j', 'arrowdown'], keyLabel: 'J / ↓', label: 'next answer', run: (s) => s.move(1) },
  { keys: ['k', 'arrowup'], keyLabel: 'K / ↑', label: 'previous answer', run: (s) => s.move(-1) },
  UNDO,
];

/** The entry a key press triggers in the panel (Ctrl/Cmd+Z is undo; other modified keys are not the panel's). */
export function panelKeyFor(e: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}): PanelKey | null {
  const key = e.key.toLowerCase();
  if ((e.ctrlKey || e.metaKey) && key === 'z') return UNDO;
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  return LABEL_KEYS.find((k) => k.keys.includes(key)) ?? null;
}
