import { ACTIONS } from '../actions/actions';
import { useShortcuts } from '../actions/useShortcuts';
import { type T, useT } from '../i18n/t';
import type { RunPhase } from '../run/history';
import { useRunStore } from '../run/runStore';
import { withNodes } from './withNodes';

/** What a run phase means (the phase itself is shown as its code word: tests and tools read it). */
function phaseTitle(t: T, phase: RunPhase): string {
  switch (phase) {
    case 'starting':
      return t('The worker is starting');
    case 'preparing':
      return t('The run is being prepared');
    case 'idle':
      return t('Ready, not started yet');
    case 'running':
      return t('Training');
    case 'paused':
      return t('Paused');
    case 'done':
      return t('Finished');
    case 'error':
      return t('Stopped on an error');
  }
}

/** Play / pause, step and reset: one button per action, with its key. */
export function Controls() {
  useShortcuts(ACTIONS);
  const t = useT();
  const phase = useRunStore((s) => s.phase);
  const completed = useRunStore((s) => s.completed);
  return (
    <div className="controls" role="toolbar" aria-label={t('Run controls')}>
      {ACTIONS.map((a) => (
        <button
          key={a.name}
          type="button"
          data-testid={`action-${a.name}`}
          disabled={!a.enabled(phase)}
          aria-keyshortcuts={a.keyLabel}
          onClick={a.perform}
        >
          {t(a.label(phase))} <kbd>{a.keyLabel}</kbd>
        </button>
      ))}
      <span className="status">
        {withNodes(t('{phase}, iteration {n}'), {
          phase: (
            <span data-testid="status" translate="no" title={phaseTitle(t, phase)}>
              {phase}
            </span>
          ),
          n: <span data-testid="iteration">{completed}</span>,
        })}
      </span>
    </div>
  );
}
