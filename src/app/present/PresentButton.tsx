import { ActionButton } from '../actions/ActionButton';
import { useShortcuts } from '../actions/useShortcuts';
import { PRESENT_ACTIONS, presentAction } from './presentAction';

/** Opens the presenter view (also the key P). */
export function PresentButton() {
  useShortcuts(PRESENT_ACTIONS);
  return <ActionButton action={presentAction} phase="idle" opensDialog />;
}
