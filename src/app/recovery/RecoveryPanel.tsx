import { BACKEND_ORDER, type BackendName } from '../../worker/protocol';
import { type T, useT } from '../i18n/t';
import { useRunStore } from '../run/runStore';
import { continueOn } from '../run/session';
import { suggestedBackend } from './suggest';

/** A button's text: the backend, and whether it is the one that failed or the one suggested. */
function continueText(t: T, b: BackendName, failed: boolean, suggested: boolean): string {
  if (failed && suggested) return t('session.continueBackendAgainSuggested', { backend: b });
  if (failed) return t('session.continueBackendAgain', { backend: b });
  if (suggested) return t('session.continueBackendSuggested', { backend: b });
  return t('session.continueBackend', { backend: b });
}

/**
 * Shown when a run has stopped on an error (a crashed worker, a lost GPU device, a failed step): the
 * run can go on from its latest snapshot on another backend, keeping everything plotted.
 */
export function RecoveryPanel() {
  const t = useT();
  const phase = useRunStore((s) => s.phase);
  const init = useRunStore((s) => s.init);
  const resumeFrom = useRunStore((s) => s.resumeFrom);
  if (phase !== 'error') return null;
  const failed = init?.backend ?? null;
  const suggested = suggestedBackend(failed, init?.attempts ?? []);
  return (
    <section className="recovery" aria-labelledby="recovery-title" data-testid="recovery">
      <h2 id="recovery-title">{t('session.go')}</h2>
      <p>{resumeFrom === null ? t('session.nothingWas') : t('session.runCanGo', { n: resumeFrom })}</p>
      <fieldset>
        <legend>{t('session.continue')}</legend>
        {BACKEND_ORDER.map((b: BackendName) => (
          <button
            key={b}
            type="button"
            data-testid={`continue-${b}`}
            className={b === suggested ? 'suggested' : undefined}
            onClick={() => void continueOn(b)}
          >
            {continueText(t, b, b === failed, b === suggested)}
          </button>
        ))}
      </fieldset>
    </section>
  );
}
