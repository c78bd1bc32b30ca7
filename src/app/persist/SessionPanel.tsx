/** The saved session's status, beside the run controls: who saves it, what the page opened with, take over. */

import { msgText } from '../../formats/msg';
import { type T, useT } from '../i18n/t';
import { stillShown, useRunGeneration } from '../notices/runGeneration';
import { takeOver } from './handoff';
import { type PersistMode, usePersistStore } from './persistStore';

function modeText(t: T, mode: PersistMode, failing: boolean): string {
  switch (mode) {
    case 'starting':
      return t('Opening the saved session…');
    case 'saving':
      if (failing)
        return t(
          'Saving is failing: the browser does not keep the latest changes until a save succeeds (this tab tries again every second).',
        );
      return t(
        'This browser keeps the session (settings, labels and every completed iteration) as it changes.',
      );
    case 'other-tab':
      return t(
        'This session is open in another tab, which saves it: this tab shows a copy and will not save anything.',
      );
    case 'taken-over':
      return t('Another tab saves the session now: this tab will not save anything.');
    case 'off':
      return t('Nothing of this session is kept by the browser.');
  }
}

export function SessionPanel() {
  const t = useT();
  const { mode, note, noteGeneration, error, savedAt } = usePersistStore();
  const generation = useRunGeneration((s) => s.generation);
  return (
    <section
      className="panel session-panel"
      aria-label={t('Saved session')}
      data-testid="session-panel"
      data-saved-at={savedAt ?? ''}
    >
      <p data-testid="session-mode" data-mode={mode} data-failing={error !== null}>
        {modeText(t, mode, error !== null)}{' '}
        {(mode === 'other-tab' || mode === 'taken-over') && (
          <button type="button" data-testid="session-take-over" onClick={() => void takeOver()}>
            {t("Save this tab's session instead")}
          </button>
        )}
      </p>
      {note.length > 0 && stillShown(noteGeneration, generation) && (
        <p role="status" data-testid="session-note">
          {note.map((m) => msgText(m, t)).join(' ')}
        </p>
      )}
      {error && (
        <p role="alert" className="warning" data-testid="session-error">
          {msgText(error, t)}
        </p>
      )}
    </section>
  );
}
