import { BACKEND_ORDER, type BackendName } from '../../worker/protocol';
import { useRunStore } from '../run/runStore';
import { continueOn } from '../run/session';
import { suggestedBackend } from './suggest';

/**
 * Shown when a run has stopped on an error (a crashed worker, a lost GPU device, a failed step): the
 * run can go on from its latest snapshot on another backend, keeping everything plotted.
 */
export function RecoveryPanel() {
  const phase = useRunStore((s) => s.phase);
  const init = useRunStore((s) => s.init);
  const resumeFrom = useRunStore((s) => s.resumeFrom);
  if (phase !== 'error') return null;
  const failed = init?.backend ?? null;
  const suggested = suggestedBackend(failed, init?.attempts ?? []);
  return (
    <section className="recovery" aria-labelledby="recovery-title" data-testid="recovery">
      <h2 id="recovery-title">Go on</h2>
      <p>
        {resumeFrom === null
          ? 'Nothing was completed yet: the run starts over on the backend you pick.'
          : `The run can go on from its last completed step (iteration ${resumeFrom}); every plotted point is kept. Numbers after it come from the backend you pick.`}
      </p>
      <fieldset>
        <legend>Continue on</legend>
        {BACKEND_ORDER.map((b: BackendName) => (
          <button
            key={b}
            type="button"
            data-testid={`continue-${b}`}
            className={b === suggested ? 'suggested' : undefined}
            onClick={() => void continueOn(b)}
          >
            Continue on {b}
            {b === failed ? ' (again)' : ''}
            {b === suggested ? ' (suggested)' : ''}
          </button>
        ))}
      </fieldset>
    </section>
  );
}
