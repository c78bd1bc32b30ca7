import { EXPORT_ACTIONS } from '../actions/actions';
import { useT } from '../i18n/t';
import { useRunStore } from '../run/runStore';

/** Export CSV / JSON: one button per action, enabled once the run has a point. */
export function ExportButtons() {
  const t = useT();
  const arms = useRunStore((s) => s.arms);
  return (
    <span className="export">
      {EXPORT_ACTIONS.map((a) => (
        <button
          key={a.name}
          type="button"
          data-testid={`action-${a.name}`}
          disabled={!a.enabled(arms)}
          onClick={a.perform}
        >
          {t(a.label)}
        </button>
      ))}
    </span>
  );
}
