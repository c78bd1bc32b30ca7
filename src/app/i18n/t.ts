/**
 * English and Japanese by id. Components call t('backend.measureAgain') or
 * t('progress.armIteration', { arm, n }) and get the text of the view's language (kept in the link,
 * switchable at any time). The id is `area.key` of tables.ts, checked by the compiler, which also checks
 * that each has its Japanese: a new string cannot ship untranslated.
 */

import type { Translate } from '../../formats/msg';
import type { Lang } from '../../formats/view/viewTable';
import { useViewStore } from '../view/viewStore';
import { type Area, EN_TABLES, JA_TABLES, type MsgId } from './tables';

export type { MsgId } from './tables';
export type Vars = Record<string, string | number>;

export function fill(text: string, vars?: Vars): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (Object.hasOwn(vars, k) ? String(vars[k]) : m));
}

function lookup(tables: Record<string, Record<string, string>>, id: string): string | undefined {
  const dot = id.indexOf('.');
  const table = dot > 0 && Object.hasOwn(tables, id.slice(0, dot)) ? tables[id.slice(0, dot)] : undefined;
  const key = id.slice(dot + 1);
  return table && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The text of `id` in `lang` (the English where a table lacks it; the id itself for an unknown id). */
export function translate(lang: Lang, id: MsgId, vars?: Vars): string {
  const ja = lang === 'ja' ? lookup(JA_TABLES as Record<Area, Record<string, string>>, id) : undefined;
  return fill(ja ?? lookup(EN_TABLES as Record<Area, Record<string, string>>, id) ?? id, vars);
}

/** Whether `id` has its Japanese (the compiler checks the tables of fixed ids; this, the others'). */
export function hasJapanese(id: string): boolean {
  return lookup(JA_TABLES as Record<Area, Record<string, string>>, id) !== undefined;
}

export type T = (id: MsgId, vars?: Vars) => string;

/** The translator for the page's language (re-renders when the language changes). */
export function useT(): T {
  const lang = useViewStore((s) => s.view.lang);
  return (id, vars) => translate(lang, id, vars);
}

/** `t` as formats/msg.ts's translator: a message of a shared table by its id ('field.oneOf'). */
export function msgT(t: T): Translate {
  return (m, vars) => t(m.id as MsgId, vars);
}
