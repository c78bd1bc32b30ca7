/**
 * Messages shown to a person: an English template with its values, translated as a whole when shown
 * (app/i18n/t.ts). The settings' fields, the link, the session file's checks and the page's notices
 * all return them; plain data, shared by the page and the CLI (which shows the English).
 */

/** One message of a module's table: its id ('area.key', what the page's translation is keyed by) and English. */
export interface MsgTemplate {
  id: string;
  en: string;
}

/** A message: its template and its values. */
export interface Msg extends MsgTemplate {
  /** A value that is a message is translated before it is put in; a list of messages is joined by '; '. */
  vars?: Record<string, string | number | Msg | Msg[]>;
}

/**
 * A module's messages: each English template under a short key, given the id `area.key`. The page's
 * i18n tables take the English from `englishOf(table)` and key the Japanese by the same ids.
 */
export function messages<K extends string>(area: string, table: Record<K, string>): Record<K, MsgTemplate> {
  return Object.fromEntries(
    Object.entries<string>(table).map(([key, en]) => [key, { id: `${area}.${key}`, en }]),
  ) as Record<K, MsgTemplate>;
}

/** The English of a message table, by key (what the page's English table of that area is). */
export function englishOf<K extends string>(table: Record<K, MsgTemplate>): Record<K, string> {
  return Object.fromEntries(Object.entries<MsgTemplate>(table).map(([k, m]) => [k, m.en])) as Record<
    K,
    string
  >;
}

/** A translator (the page's): the text of a template in the page's language, its values filled in. */
export type Translate = (m: MsgTemplate, vars?: Record<string, string | number>) => string;

const english: Translate = (m, vars) =>
  m.en.replace(/\{(\w+)\}/g, (x, k: string) => (vars && Object.hasOwn(vars, k) ? String(vars[k]) : x));

export const msg = (m: MsgTemplate, vars?: Msg['vars']): Msg => (vars ? { ...m, vars } : { ...m });

/** The message's text through `t` (English by default). */
export function msgText(m: Msg, t: Translate = english): string {
  if (!m.vars) return t(m);
  const vars: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(m.vars))
    vars[k] = Array.isArray(v)
      ? v.map((x) => msgText(x, t)).join('; ')
      : typeof v === 'object'
        ? msgText(v, t)
        : v;
  return t(m, vars);
}
