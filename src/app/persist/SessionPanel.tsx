import { useState } from 'react';
import { SessionFileButtons } from '../sessionFile/SessionFileButtons';
import { usePersistStore } from './persistStore';
import { startFresh, takeOver } from './writer';

const MODE_TEXT = {
  starting: 'Opening the saved session…',
  saving: 'This browser keeps the session (settings, labels and every completed iteration) as it changes.',
  'other-tab':
    'This session is open in another tab, which saves it: this tab shows a copy and will not save anything.',
  'taken-over': 'Another tab saves the session now: this tab will not save anything.',
  off: 'Nothing of this session is kept by the browser.',
} as const;

/** The saved session: who saves it, what the page opened with, start afresh, take over, files. */
export function SessionPanel() {
  const { mode, note, error, savedAt } = usePersistStore();
  const [clearLabels, setClearLabels] = useState(false);
  return (
    <section
      className="panel session-panel"
      aria-label="Saved session"
      data-testid="session-panel"
      data-saved-at={savedAt ?? ''}
    >
      <p data-testid="session-mode" data-mode={mode}>
        {MODE_TEXT[mode]}{' '}
        {(mode === 'other-tab' || mode === 'taken-over') && (
          <button type="button" data-testid="session-take-over" onClick={() => void takeOver()}>
            Save this tab's session instead
          </button>
        )}
      </p>
      {note && (
        <p role="status" data-testid="session-note">
          {note}
        </p>
      )}
      {error && (
        <p role="alert" className="warning" data-testid="session-error">
          {error}
        </p>
      )}
      <p>
        <button type="button" data-testid="session-start-fresh" onClick={() => void startFresh(clearLabels)}>
          Start fresh
        </button>{' '}
        <label>
          <input
            type="checkbox"
            data-testid="session-clear-labels"
            checked={clearLabels}
            onChange={(e) => setClearLabels(e.target.checked)}
          />{' '}
          also clear the labels
        </label>
      </p>
      <SessionFileButtons />
    </section>
  );
}
