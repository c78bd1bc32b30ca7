/** The keyboard help: open or not (zustand), and the action that opens it (the key ?). */
import { create } from 'zustand';
import type { Action } from './actions';

export const useKeysHelp = create<{ open: boolean }>()(() => ({ open: false }));

export const closeKeysHelp = () => useKeysHelp.setState({ open: false });

export const keysAction: Action = {
  name: 'keys',
  keys: ['?'],
  keyLabel: '?',
  label: () => 'controls.keys',
  help: 'controls.listKeys',
  enabled: () => true,
  perform: () => useKeysHelp.setState((s) => ({ open: !s.open })),
};

export const KEYS_ACTIONS: readonly Action[] = [keysAction];
