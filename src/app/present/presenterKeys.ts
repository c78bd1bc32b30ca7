/**
 * The presenter view's own keys, one table read by its key handler (PresenterView.tsx) and by the
 * keyboard help (actions/KeysHelp.tsx). Esc is the dialog's own (its cancel event); P is presentAction.
 */
import { switchMetric, toggleLink } from './presentStore';

export interface ViewKey {
  /** KeyboardEvent.key values. */
  keys: readonly string[];
  keyLabel: string;
  /** What it does (English; the help translates it). */
  label: string;
  run: () => void;
}

export const PRESENTER_KEYS: readonly ViewKey[] = [
  { keys: ['ArrowRight', 'ArrowDown'], keyLabel: '→ / ↓', label: 'next metric', run: () => switchMetric(1) },
  {
    keys: ['ArrowLeft', 'ArrowUp'],
    keyLabel: '← / ↑',
    label: 'previous metric',
    run: () => switchMetric(-1),
  },
  { keys: ['l', 'L'], keyLabel: 'L', label: 'the link for attendees, or back to the chart', run: toggleLink },
];

export const presenterKeyFor = (key: string) => PRESENTER_KEYS.find((k) => k.keys.includes(key)) ?? null;
