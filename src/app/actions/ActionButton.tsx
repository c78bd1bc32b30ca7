import { useT } from '../i18n/t';
import type { RunPhase } from '../run/history';
import type { Action } from './actions';

/** An action's button: its label in the page's language and its key (data-testid `action-<name>`). */
export function ActionButton({
  action,
  phase,
  opensDialog = false,
}: {
  action: Action;
  phase: RunPhase;
  opensDialog?: boolean;
}) {
  const t = useT();
  return (
    <button
      type="button"
      data-testid={`action-${action.name}`}
      disabled={!action.enabled(phase)}
      aria-keyshortcuts={action.keyLabel}
      aria-haspopup={opensDialog ? 'dialog' : undefined}
      onClick={action.perform}
    >
      {t(action.label(phase))} <kbd>{action.keyLabel}</kbd>
    </button>
  );
}
