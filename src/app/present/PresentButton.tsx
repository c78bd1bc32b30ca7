import { useShortcuts } from '../actions/useShortcuts';
import { useT } from '../i18n/t';
import { PRESENT_ACTIONS, presentAction } from './presentAction';

/** Opens the presenter view (also the key P). */
export function PresentButton() {
  useShortcuts(PRESENT_ACTIONS);
  const t = useT();
  return (
    <button
      type="button"
      data-testid="action-present"
      aria-keyshortcuts={presentAction.keyLabel}
      aria-haspopup="dialog"
      onClick={presentAction.perform}
    >
      {t(presentAction.label('idle'))} <kbd>{presentAction.keyLabel}</kbd>
    </button>
  );
}
