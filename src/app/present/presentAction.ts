/** The presenter view as an action (after src/app/actions/actions.ts): a button and the key P. */
import type { Action } from '../actions/actions';
import { closePresenter, openPresenter, usePresentStore } from './presentStore';

export const presentAction: Action = {
  name: 'present',
  keys: ['p', 'P'],
  keyLabel: 'P',
  label: () => 'charts.present',
  help: 'controls.presenter',
  enabled: () => true,
  perform: () => (usePresentStore.getState().open ? closePresenter() : openPresenter()),
};

export const PRESENT_ACTIONS: readonly Action[] = [presentAction];
