/**
 * The labelling panel's keys, one table: the panel's key handler (LabelPanel.tsx) and the keyboard help
 * (actions/KeysHelp.tsx) both read it, so the help cannot say what the keys do not do. The page's keys
 * that work anywhere (P, ?) also work in the panel; Space, S and R do not (Space flips the focused answer).
 */
import type { Action } from '../actions/actions';
import { keysAction } from '../actions/keysHelpAction';
import type { MsgId } from '../i18n/t';
import { presentAction } from '../present/presentAction';
import type { LabelState } from './labelStore';
import { trainOnMyLabels } from './trainOnMine';

export interface PanelKey {
  /** KeyboardEvent.key values, lower-cased. */
  keys: readonly string[];
  /** How the keys are written in the help. */
  keyLabel: string;
  /** What it does (English; the help translates it). */
  label: MsgId;
  run: (s: LabelState) => void;
}

const UNDO: PanelKey = {
  keys: ['u'],
  keyLabel: 'U / Ctrl+Z',
  label: 'controls.undoLast',
  run: (s) => s.undo(),
};

export const LABEL_KEYS: readonly PanelKey[] = [
  { keys: ['c', '1'], keyLabel: 'C / 1', label: 'controls.markAnswer', run: (s) => s.mark(true) },
  { keys: ['x', '0'], keyLabel: 'X / 0', label: 'controls.markAnswerWrong', run: (s) => s.mark(false) },
  {
    keys: [' '],
    keyLabel: 'Space / click',
    label: 'labels.flipMark',
    run: (s) => s.flip(),
  },
  { keys: ['enter'], keyLabel: 'Enter', label: 'controls.agreeVerifier', run: (s) => s.confirm() },
  {
    keys: ['j', 'arrowdown', 'arrowright'],
    keyLabel: 'J / ↓ / →',
    label: 'controls.nextAnswer',
    run: (s) => s.move(1),
  },
  {
    keys: ['k', 'arrowup', 'arrowleft'],
    keyLabel: 'K / ↑ / ←',
    label: 'controls.previous',
    run: (s) => s.move(-1),
  },
  UNDO,
  {
    keys: ['t'],
    keyLabel: 'T',
    label: 'labels.trainMyLabels',
    run: (s) => trainOnMyLabels(s.batches),
  },
];

/** The page's actions whose keys also work while the focus is in the panel (none is a panel key). */
export const PAGE_KEYS_IN_PANEL: readonly Action[] = [presentAction, keysAction];

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

/** Is this key press one of the page's keys that the panel lets through (P, ?)? */
export function passesToPage(e: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}): boolean {
  return !e.ctrlKey && !e.metaKey && !e.altKey && PAGE_KEYS_IN_PANEL.some((a) => a.keys.includes(e.key));
}
