/**
 * The English of the tables the page shares with the CLI and the session file, by their own keys: the
 * settings' and the session file's messages (formats), the saved session's, import's and offline line's
 * notices (app), the charts' titles and lines (formats/metrics) and the presets' notes (engine). The
 * English stays where it is declared; ja/data.ts gives each key its Japanese.
 */
import { PRESETS } from '../../../engine/train/presets';
import { CHARTS, type ChartId } from '../../../formats/metrics/chartLines';
import { chartSeries } from '../../../formats/metrics/chartSeries';
import { englishOf } from '../../../formats/msg';
import { CHECK_MESSAGES } from '../../../formats/sessionFile/check';
import { FORMAT_MESSAGES } from '../../../formats/sessionFile/format';
import { SCHEMA_MESSAGES } from '../../../formats/sessionFile/schema';
import { FIELD_MESSAGES } from '../../../formats/settings/fields';
import { HASH_MESSAGES } from '../../../formats/settings/hash';
import { OFFLINE_MESSAGES } from '../../offline/offlineStore';
import { PERSIST_MESSAGES } from '../../persist/messages';
import { EXCHANGE_MESSAGES } from '../../sessionFile/exchange';

const byKey = <K extends string, V>(entries: Record<K, V>, text: (v: V) => string) =>
  Object.fromEntries(Object.entries<V>(entries).map(([k, v]) => [k, text(v)])) as Record<K, string>;

/** Every line of every chart, by its key (a key names the same line wherever it is drawn). */
function lineLabels(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of chartSeries()) for (const l of s.lines) out[l.key] = l.label;
  return out;
}

export const DATA_EN = {
  field: englishOf(FIELD_MESSAGES),
  check: englishOf(CHECK_MESSAGES),
  format: englishOf(FORMAT_MESSAGES),
  schema: englishOf(SCHEMA_MESSAGES),
  hash: englishOf(HASH_MESSAGES),
  persist: englishOf(PERSIST_MESSAGES),
  exchange: englishOf(EXCHANGE_MESSAGES),
  offline: englishOf(OFFLINE_MESSAGES),
  chart: byKey(CHARTS as Record<ChartId, { title: string }>, (c) => c.title),
  line: lineLabels(),
  preset: byKey(PRESETS, (p) => p.description),
  finding: byKey(PRESETS, (p) => p.finding),
};

export type DataEn = typeof DATA_EN;
