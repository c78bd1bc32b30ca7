import { msgText } from '../../formats/msg';
import { useT } from '../i18n/t';
import { dismissLinkProblems, useSettingsStore } from '../settings/settingsStore';

/** What was wrong in the link the page was opened with (each bad value was replaced by its default). */
export function LinkProblems() {
  const problems = useSettingsStore((s) => s.linkProblems);
  const t = useT();
  if (problems.length === 0) return null;
  return (
    <div role="alert" className="warning" data-testid="link-problems">
      <p>{t('Some settings in the link were not used:')}</p>
      <ul>
        {problems.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: problems are a fixed list, never reordered
          <li key={i}>{msgText(p.msg, t)}</li>
        ))}
      </ul>
      <button type="button" onClick={dismissLinkProblems}>
        {t('Dismiss')}
      </button>
    </div>
  );
}
