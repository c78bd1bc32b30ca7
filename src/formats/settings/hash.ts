/**
 * The URL hash <-> settings, both directions, from the one table (table.ts), plus the page's view
 * (view/viewTable.ts: language, lesson, hidden controls, open explainer), written only where it differs
 * from the default so plain links stay plain. Parsing never throws: unknown keys and bad values become
 * problems (shown to the user) and bad values take their defaults.
 */

import { type Msg, messages, msg, msgText } from '../msg';
import { defaultView, isViewKey, VIEW_KEYS, VIEW_TABLE, type View } from '../view/viewTable';
import { quote } from './fields';
import { defaultSettings, isSettingKey, type PresetName, SETTING_KEYS, type Settings, TABLE } from './table';

export interface Problem {
  key: string;
  /** In English. */
  message: string;
  /** The same as a template, shown in the page's language. */
  msg: Msg;
}

/** The templates of the problems below (the field's own message goes in {error}); each has its Japanese. */
export const HASH_MESSAGES = messages('hash', {
  badValue: '{key}: {error}; using {value}',
  /** The same, when the default is empty (no hidden control): its own Japanese says so. */
  badValueEmpty: '{key}: {error}; using ',
  repeated: '{key} is given more than once; the first is used',
  unknownKey: 'unknown setting {key} ignored',
});

const problem = (key: string, m: Msg): Problem => ({ key, message: msgText(m), msg: m });
const badValue = (key: string, error: Msg, value: string) =>
  problem(
    key,
    value === ''
      ? msg(HASH_MESSAGES.badValueEmpty, { key, error })
      : msg(HASH_MESSAGES.badValue, { key, error, value }),
  );

export interface ParsedHash {
  settings: Settings;
  view: View;
  problems: Problem[];
}

/** Sets one field from its raw string; returns the problem, or null when the value was taken. */
export function setFromString(s: Settings, key: keyof Settings, raw: string): Problem | null {
  const field = TABLE[key];
  const r = field.parse(raw);
  if (!r.ok) return badValue(key, r.msg, field.format(s[key] as never));
  (s as unknown as Record<string, unknown>)[key] = r.value;
  return null;
}

export function parseHash(hash: string): ParsedHash {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const problems: Problem[] = [];
  const rawPreset = params.get('preset');
  let preset: PresetName = 'workshop';
  if (rawPreset !== null) {
    const r = TABLE.preset.parse(rawPreset);
    if (r.ok) preset = r.value;
    else problems.push(badValue('preset', r.msg, preset));
  }
  const settings = defaultSettings(preset);
  const view = defaultView();
  const seen = new Set<string>();
  for (const [key, raw] of params) {
    if (seen.has(key)) {
      problems.push(problem(key, msg(HASH_MESSAGES.repeated, { key: quote(key) })));
      continue;
    }
    seen.add(key);
    if (key === 'preset') continue;
    if (isViewKey(key)) {
      const r = VIEW_TABLE[key].parse(raw);
      if (r.ok) (view as unknown as Record<string, unknown>)[key] = r.value;
      else problems.push(badValue(key, r.msg, VIEW_TABLE[key].format(view[key] as never)));
      continue;
    }
    if (!isSettingKey(key)) {
      problems.push(problem(key, msg(HASH_MESSAGES.unknownKey, { key: quote(key) })));
      continue;
    }
    const p = setFromString(settings, key, raw);
    if (p) problems.push(p);
  }
  return { settings, view, problems };
}

const encode = (v: string) => encodeURIComponent(v).replace(/%2C/g, ',');

/**
 * Every setting, in table order: a link that reproduces the run whatever the defaults become; then the
 * view's fields that differ from the default view.
 */
export function formatHash(s: Settings, view: View = defaultView()): string {
  const settings = SETTING_KEYS.map((k) => `${k}=${encode(TABLE[k].format(s[k] as never))}`);
  const base = defaultView();
  const viewPart = VIEW_KEYS.filter(
    (k) => VIEW_TABLE[k].format(view[k] as never) !== VIEW_TABLE[k].format(base[k] as never),
  ).map((k) => `${k}=${encode(VIEW_TABLE[k].format(view[k] as never))}`);
  return `#${[...settings, ...viewPart].join('&')}`;
}
