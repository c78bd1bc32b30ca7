import { useEffect } from 'react';
import { LANGS, type Lang } from '../../formats/view/viewTable';
import { setView, useViewStore } from '../view/viewStore';
import { useT } from './t';

const NAMES: Record<Lang, string> = { en: 'English', ja: '日本語' };

/** English or Japanese, at any time; kept in the link (view.lang) and in the page's lang attribute. */
export function LanguageSwitch() {
  const lang = useViewStore((s) => s.view.lang);
  const t = useT();
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <label className="language-switch">
      {t('page.language')}{' '}
      <select value={lang} onChange={(e) => setView({ lang: e.target.value as Lang })} data-testid="language">
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
