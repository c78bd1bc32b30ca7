import { useT } from '../i18n/t';
import { useRunStore } from '../run/runStore';
import { simulateFault } from '../run/session';

/**
 * Diagnostics (?debug=faults): break the engine on purpose, to show a workshop (and test) that a run
 * survives a lost GPU device or a crashed worker.
 */
export function FaultPanel() {
  const t = useT();
  const backend = useRunStore((s) => s.init?.backend);
  const gpu = backend === 'webgpu';
  return (
    <section aria-labelledby="faults-title" data-testid="faults">
      <h2 id="faults-title">{t('Diagnostics: faults')}</h2>
      <p className="help">
        {t(
          'These break the engine on purpose. The run stops with a message and can go on from its last completed step on another backend.',
        )}
      </p>
      <button
        type="button"
        data-testid="fault-device-lost"
        disabled={!gpu}
        onClick={() => simulateFault('device-lost')}
      >
        {gpu ? t('Lose the GPU device') : t('Lose the GPU device (needs WebGPU)')}
      </button>{' '}
      <button type="button" data-testid="fault-crash" onClick={() => simulateFault('crash')}>
        {t('Crash the worker')}
      </button>
    </section>
  );
}
