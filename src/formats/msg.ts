/**
 * Messages shown to a person: an English template with its values, translated as a whole when shown
 * (app/i18n/t.ts). The settings' fields, the link, the session file's checks and the page's notices
 * all return them; plain data, shared by the page and the CLI (which shows the English).
 */

/** A message as an English template ('must be one of {options}, got {raw}') and its values. */
export interface Msg {
  en: string;
  /** A value that is a message is translated before it is put in; a list of messages is joined by '; '. */
  vars?: Record<string, string | number | Msg | Msg[]>;
}

/** A translator (i18n/t.ts's T); the default one fills the English template. */
type Translate = (en: string, vars?: Record<string, string | number>) => string;

const english: Translate = (en, vars) =>
  en.replace(/\{(\w+)\}/g, (m, k: string) => (vars && Object.hasOwn(vars, k) ? String(vars[k]) : m));

export const msg = (en: string, vars?: Msg['vars']): Msg => (vars ? { en, vars } : { en });

/** The message's text through `t` (English by default). */
export function msgText(m: Msg, t: Translate = english): string {
  if (!m.vars) return t(m.en);
  const vars: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(m.vars))
    vars[k] = Array.isArray(v)
      ? v.map((x) => msgText(x, t)).join('; ')
      : typeof v === 'object'
        ? msgText(v, t)
        : v;
  return t(m.en, vars);
}
