/**
 * User actions, one small function each, bound to a button and a key (after excalidraw's actions).
 * They only ask the session to act; the worker does the work.
 */
import type { RunPhase } from '../run/history';
import { useRunStore } from '../run/runStore';
import * as session from '../run/session';

export interface Action {
  name: string;
  /** KeyboardEvent.key values that trigger it. */
  keys: readonly string[];
  /** How the key is written in the UI. */
  keyLabel: string;
  label: (phase: RunPhase) => string;
  enabled: (phase: RunPhase) => boolean;
  perform: () => void;
}

const steppable = (p: RunPhase) => p === 'idle' || p === 'paused';

export const playPause: Action = {
  name: 'play-pause',
  keys: [' '],
  keyLabel: 'Space',
  label: (p) => (p === 'running' ? 'Pause' : 'Play'),
  enabled: (p) => steppable(p) || p === 'running',
  perform: () => (useRunStore.getState().phase === 'running' ? session.pause() : session.play()),
};

export const stepOnce: Action = {
  name: 'step',
  keys: ['s', 'S'],
  keyLabel: 'S',
  label: () => 'Step',
  enabled: steppable,
  perform: () => session.step(),
};

export const resetRun: Action = {
  name: 'reset',
  keys: ['r', 'R'],
  keyLabel: 'R',
  label: () => 'Reset',
  enabled: (p) => p !== 'starting' && p !== 'preparing',
  perform: () => void session.reset(),
};

export const ACTIONS: readonly Action[] = [playPause, stepOnce, resetRun];
