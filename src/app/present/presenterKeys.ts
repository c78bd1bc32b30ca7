/**
 * The presenter view's own keys, one table read by its key handler (PresenterView.tsx) and by the
 * keyboard help (actions/KeysHelp.tsx). Esc is the dialog's own (its cancel event); P is presentAction.
 */

import type { MsgId } from '../i18n/t';
import { switchMetric, toggleLink } from './presentStore';

export interface ViewKey {
  /** KeyboardEvent.key values. */
  keys: readonly string[];
  keyLabel: string;
  /** What it does (English; the help translates it). */
  label: MsgId;
  run: () => void;
}

export const PRESENTER_KEYS: readonly ViewKey[] = [
  {
    keys: ['ArrowRight', 'ArrowDown'],
    keyLabel: '→ / ↓',
    label: 'controls.nextMetric',
    run: () => switchMetric(1),
  },
  {
    keys: ['ArrowLeft', 'ArrowUp'],
    keyLabel: '← / ↑',
    label: 'controls.previousMetric',
    run: () => switchMetric(-1),
  },
  { keys: ['l', 'L'], keyLabel: 'L', label: 'controls.linkAttendees', run: toggleLink },
];

export const presenterKeyFor = (key: string) => PRESENTER_KEYS.find((k) => k.keys.includes(key)) ?? null;
