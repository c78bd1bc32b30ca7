/**
 * The CLI's options for the page's settings, from the settings table (formats/settings/table.ts): each
 * setting with a `cli` flag is a string option of parseArgs, parsed by the same field as a link's value
 * (same range, same message), and listed in the help with its range and default.
 */
import { parseArgs } from 'node:util';
import type { LossOptions } from '../engine/losses/options';
import { SETTING_KEYS, type SettingKey, type Settings, TABLE } from '../formats/settings/table';
import { UsageError } from './args';

type Values = Record<string, string | boolean | undefined>;

/** The table's keys that have a flag, but for those the command takes otherwise. */
export function flagKeys(except: readonly SettingKey[] = []): SettingKey[] {
  return SETTING_KEYS.filter((k) => TABLE[k].cli !== undefined && !except.includes(k));
}

/** The settings that set a loss option (their flags: --eps, --neg-weight, ...). */
export const LOSS_KEYS: readonly SettingKey[] = SETTING_KEYS.filter((k) => TABLE[k].loss !== undefined);

const flagOf = (k: SettingKey): string => {
  const flag = TABLE[k].cli;
  if (flag === undefined) throw new Error(`setting ${k} has no command-line flag`);
  return flag;
};

/** parseArgs options for these settings' flags. */
export function settingOptions(keys: readonly SettingKey[]): Record<string, { type: 'string' }> {
  return Object.fromEntries(keys.map((k) => [flagOf(k), { type: 'string' as const }]));
}

/**
 * A command's arguments: the flags of these settings, the command's own string and boolean options, and
 * --help. Values are strings (or true for a boolean), undefined when not given.
 */
export function parseCommand<S extends string, B extends string>(
  argv: string[],
  keys: readonly SettingKey[],
  own: { strings: readonly S[]; booleans: readonly B[] },
): Record<S, string | undefined> & Record<B | 'help', boolean | undefined> & Values {
  const { values } = parseArgs({
    args: argv,
    options: {
      ...settingOptions(keys),
      ...Object.fromEntries(own.strings.map((s) => [s, { type: 'string' as const }])),
      ...Object.fromEntries([...own.booleans, 'help'].map((b) => [b, { type: 'boolean' as const }])),
    },
  });
  return values as Record<S, string | undefined> & Record<B | 'help', boolean | undefined> & Values;
}

/** Setting `k` from its flag (through the table's field), or `fallback` when the flag is not given. */
export function settingFlag<K extends SettingKey>(values: Values, k: K, fallback: Settings[K]): Settings[K] {
  const flag = flagOf(k);
  const raw = values[flag];
  if (raw === undefined) return fallback;
  const r = typeof raw === 'string' ? TABLE[k].parse(raw) : null;
  if (!r?.ok) throw new UsageError(`--${flag} ${r ? r.error : 'needs a value'}`);
  return r.value as Settings[K];
}

/** Whether the flag of setting `k` was given. */
export const hasFlag = (values: Values, k: SettingKey): boolean => values[flagOf(k)] !== undefined;

/** `base` with every given flag of `keys` applied. */
export function settingsFromFlags(values: Values, base: Settings, keys: readonly SettingKey[]): Settings {
  const out: Record<string, unknown> = { ...base };
  for (const k of keys) out[k] = settingFlag(values, k, base[k] as never);
  return out as Settings;
}

/** The loss options of the loss flags given (and only those; a choice of 'default' sets none). */
export function lossFlags(values: Values): Partial<LossOptions> {
  const out: Partial<Record<keyof LossOptions, unknown>> = {};
  for (const k of LOSS_KEYS) {
    const option = TABLE[k].loss;
    if (option === undefined || !hasFlag(values, k)) continue;
    const v = settingFlag(values, k, undefined as never);
    if (v !== 'default') out[option] = v;
  }
  return out as Partial<LossOptions>;
}

const defaultText = (k: SettingKey): string => {
  const d = TABLE[k].default;
  if (typeof d === 'object' && d !== null && 'fromPreset' in d) return "the preset's";
  return TABLE[k].format(d as never);
};

/** One line per flag: `--neg-weight X  negWeight (NFT): factor ...; [0, 10], default 1`. */
export function settingHelp(keys: readonly SettingKey[], defaults: Partial<Record<SettingKey, string>> = {}) {
  const rows = keys.map((k) => {
    const f = TABLE[k];
    const what = f.help ? `${f.label}: ${f.help}` : f.label;
    return [`--${flagOf(k)}`, `${what}; ${f.hint}, default ${defaults[k] ?? defaultText(k)}`];
  });
  const width = Math.max(...rows.map((r) => r[0].length));
  return rows.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`).join('\n');
}
