import { msgText } from '../../formats/msg';
import { msgT, useT } from '../i18n/t';
import { dismissLinkProblems, useSettingsStore } from '../settings/settingsStore';

/** At most this many problems are listed; the rest are counted ("and 4,990 more"). */
export const MAX_LISTED = 10;

/** What was wrong in the link the page was opened with (each bad value was replaced by its default). */
export function LinkProblems() {
  const problems = useSettingsStore((s) => s.linkProblems);
  const t = useT();
  if (problems.length === 0) return null;
  return (
    <div role="alert" className="warning" data-testid="link-problems">
      <p>{t('controls.someSettings')}</p>
      <ul>
        {problems.slice(0, MAX_LISTED).map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: problems are a fixed list, never reordered
          <li key={i}>{msgText(p.msg, msgT(t))}</li>
        ))}
        {problems.length > MAX_LISTED && (
          <li data-testid="link-problems-more">
            {t('faults.andNMore', { n: (problems.length - MAX_LISTED).toLocaleString('en-US') })}
          </li>
        )}
      </ul>
      <button type="button" onClick={dismissLinkProblems}>
        {t('controls.dismiss')}
      </button>
    </div>
  );
}
