/**
 * English and Japanese. The English text is the key: components call t('Play') or
 * t('Iteration {n}', { n }) and get the Japanese from ja.ts when the view's language is 'ja' (kept in
 * the link, switchable at any time). A test (i18n.test.ts) finds every t('...') in src/app and fails
 * when one has no Japanese, so a new string cannot ship untranslated.
 */

import type { Lang } from '../../formats/view/viewTable';
import { useViewStore } from '../view/viewStore';
import { JA } from './ja';

export type Vars = Record<string, string | number>;

function fill(text: string, vars?: Vars): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (Object.hasOwn(vars, k) ? String(vars[k]) : m));
}

export function translate(lang: Lang, en: string, vars?: Vars): string {
  const text = lang === 'ja' ? (Object.hasOwn(JA, en) ? JA[en] : en) : en;
  return fill(text, vars);
}

export type T = (en: string, vars?: Vars) => string;

/** The translator for the page's language (re-renders when the language changes). */
export function useT(): T {
  const lang = useViewStore((s) => s.view.lang);
  return (en, vars) => translate(lang, en, vars);
}
