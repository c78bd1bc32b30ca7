/** What a person does with the saved session: start afresh, or move it to and from a file. */
import { useState } from 'react';
import { useT } from '../i18n/t';
import { SessionFileButtons } from '../sessionFile/SessionFileButtons';
import { startFresh } from './writer';

export function SessionTools() {
  const t = useT();
  const [clearLabels, setClearLabels] = useState(false);
  return (
    <section className="panel session-tools" aria-label={t('session.session')} data-testid="session-tools">
      <h2 id="session-title" tabIndex={-1}>
        {t('session.session')}
      </h2>
      <p>
        <button type="button" data-testid="session-start-fresh" onClick={() => void startFresh(clearLabels)}>
          {t('session.startFresh')}
        </button>{' '}
        <label>
          <input
            type="checkbox"
            data-testid="session-clear-labels"
            checked={clearLabels}
            onChange={(e) => setClearLabels(e.target.checked)}
          />{' '}
          {t('session.alsoClear')}
        </label>
      </p>
      <SessionFileButtons />
    </section>
  );
}
