import { ACTIONS } from '../actions/actions';
import { useShortcuts } from '../actions/useShortcuts';
import { useRunStore } from '../run/runStore';

/** Play / pause, step and reset: one button per action, with its key. */
export function Controls() {
  useShortcuts(ACTIONS);
  const phase = useRunStore((s) => s.phase);
  const completed = useRunStore((s) => s.completed);
  return (
    <div className="controls" role="toolbar" aria-label="Run controls">
      {ACTIONS.map((a) => (
        <button
          key={a.name}
          type="button"
          data-testid={`action-${a.name}`}
          disabled={!a.enabled(phase)}
          aria-keyshortcuts={a.keyLabel}
          onClick={a.perform}
        >
          {a.label(phase)} <kbd>{a.keyLabel}</kbd>
        </button>
      ))}
      <span className="status">
        <span data-testid="status">{phase}</span>, iteration <span data-testid="iteration">{completed}</span>
      </span>
    </div>
  );
}
