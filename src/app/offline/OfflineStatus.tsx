import { msgT, useT } from '../i18n/t';
import { offlineText, useOfflineStore } from './offlineStore';

/** One small line: whether the page is ready to work without a network. */
export function OfflineStatus() {
  const t = useT();
  const state = useOfflineStore();
  return (
    <p className="help offline-status" data-testid="offline-status" data-state={state.kind}>
      {offlineText(state, msgT(t))}
    </p>
  );
}
