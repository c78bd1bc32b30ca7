/** The saved session's status, beside the run controls: who saves it, what the page opened with, take over. */

import { msgText } from '../../formats/msg';
import { msgT, type T, useT } from '../i18n/t';
import { stillShown, useRunGeneration } from '../notices/runGeneration';
import { takeOver } from './handoff';
import { type PersistMode, usePersistStore } from './persistStore';

function modeText(t: T, mode: PersistMode, failing: boolean): string {
  switch (mode) {
    case 'starting':
      return t('session.openingSaved');
    case 'saving':
      if (failing) return t('faults.savingFailing');
      return t('session.browserKeeps');
    case 'other-tab':
      return t('session.sessionOpen');
    case 'taken-over':
      return t('session.anotherTab');
    case 'off':
      return t('session.nothingSession');
  }
}

export function SessionPanel() {
  const t = useT();
  const { mode, note, noteGeneration, error, savedAt } = usePersistStore();
  const generation = useRunGeneration((s) => s.generation);
  return (
    <section
      className="panel session-panel"
      aria-label={t('session.savedSession')}
      data-testid="session-panel"
      data-saved-at={savedAt ?? ''}
    >
      <p data-testid="session-mode" data-mode={mode} data-failing={error !== null}>
        {modeText(t, mode, error !== null)}{' '}
        {(mode === 'other-tab' || mode === 'taken-over') && (
          <button type="button" data-testid="session-take-over" onClick={() => void takeOver()}>
            {t('session.saveTabs')}
          </button>
        )}
      </p>
      {note.length > 0 && stillShown(noteGeneration, generation) && (
        <p role="status" data-testid="session-note">
          {note.map((m) => msgText(m, msgT(t))).join(' ')}
        </p>
      )}
      {error && (
        <p role="alert" className="warning" data-testid="session-error">
          {msgText(error, msgT(t))}
        </p>
      )}
    </section>
  );
}
