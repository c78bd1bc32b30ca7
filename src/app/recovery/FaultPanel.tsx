import { useRunStore } from '../run/runStore';
import { simulateFault } from '../run/session';

/**
 * Diagnostics (?debug=faults): break the engine on purpose, to show a workshop (and test) that a run
 * survives a lost GPU device or a crashed worker.
 */
export function FaultPanel() {
  const backend = useRunStore((s) => s.init?.backend);
  const gpu = backend === 'webgpu';
  return (
    <section aria-labelledby="faults-title" data-testid="faults">
      <h2 id="faults-title">Diagnostics: faults</h2>
      <p className="help">
        These break the engine on purpose. The run stops with a message and can go on from its last completed
        step on another backend.
      </p>
      <button
        type="button"
        data-testid="fault-device-lost"
        disabled={!gpu}
        onClick={() => simulateFault('device-lost')}
      >
        Lose the GPU device{gpu ? '' : ' (needs WebGPU)'}
      </button>{' '}
      <button type="button" data-testid="fault-crash" onClick={() => simulateFault('crash')}>
        Crash the worker
      </button>
    </section>
  );
}
