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
      <h2 id="faults-title">{t('session.diagnostics')}</h2>
      <p className="help">{t('session.theseBreak')}</p>
      <button
        type="button"
        data-testid="fault-device-lost"
        disabled={!gpu}
        onClick={() => simulateFault('device-lost')}
      >
        {gpu ? t('session.loseGPUDevice') : t('session.loseGPUDeviceNeeds')}
      </button>{' '}
      <button type="button" data-testid="fault-crash" onClick={() => simulateFault('crash')}>
        {t('session.crashWorker')}
      </button>
    </section>
  );
}
