/**
 * The page's text by id, in one list: per area of the page its English table (en/*.ts, or en/data.ts for
 * the tables the page shares with the CLI) and its Japanese (ja/*.ts), each pair checked by the compiler
 * (`pair`: the Japanese has exactly the English's ids). Components call t('backend.measureAgain') or
 * t('progress.armIteration', { arm, n }) (t.ts); the id is `area.key`, a MsgId.
 */
import { BACKEND, PROGRESS } from './en/backend';
import { CHARTS } from './en/charts';
import { CLASS_RUN } from './en/classRun';
import { CONTROLS } from './en/controls';
import { SESSION } from './en/controlsSession';
import { DATA_EN } from './en/data';
import { EXPLAIN } from './en/explain';
import { FAULTS } from './en/faults';
import { LABELS } from './en/labels';
import { PAGE } from './en/page';
import { STUDY } from './en/study';
import { WORKSHOP } from './en/workshop';
import * as ja from './ja/all';
import type { Translation } from './types';

/** An area's English and its Japanese, which must have the same ids. */
const pair = <E extends Record<string, string>>(en: E, japanese: Translation<E>) => ({ en, ja: japanese });

const TABLES = {
  page: pair(PAGE, ja.PAGE),
  controls: pair(CONTROLS, ja.CONTROLS),
  session: pair(SESSION, ja.SESSION),
  charts: pair(CHARTS, ja.CHARTS),
  explain: pair(EXPLAIN, ja.EXPLAIN),
  labels: pair(LABELS, ja.LABELS),
  backend: pair(BACKEND, ja.BACKEND),
  progress: pair(PROGRESS, ja.PROGRESS),
  faults: pair(FAULTS, ja.FAULTS),
  workshop: pair(WORKSHOP, ja.WORKSHOP),
  classRun: pair(CLASS_RUN, ja.CLASS_RUN),
  study: pair(STUDY, ja.STUDY),
  field: pair(DATA_EN.field, ja.FIELD),
  check: pair(DATA_EN.check, ja.CHECK),
  format: pair(DATA_EN.format, ja.FORMAT),
  schema: pair(DATA_EN.schema, ja.SCHEMA),
  hash: pair(DATA_EN.hash, ja.HASH),
  persist: pair(DATA_EN.persist, ja.PERSIST),
  exchange: pair(DATA_EN.exchange, ja.EXCHANGE),
  offline: pair(DATA_EN.offline, ja.OFFLINE),
  chart: pair(DATA_EN.chart, ja.CHART),
  line: pair(DATA_EN.line, ja.LINE),
  preset: pair(DATA_EN.preset, ja.PRESET),
  finding: pair(DATA_EN.finding, ja.FINDING),
};

type Tables = typeof TABLES;
export type Area = keyof Tables;
export type EnTables = { [A in Area]: Tables[A]['en'] };
/** Every id the page can translate: 'area.key'. */
export type MsgId = { [A in Area]: `${A}.${keyof EnTables[A] & string}` }[Area];

const each = <V>(f: (p: Tables[Area]) => V) =>
  Object.fromEntries(Object.entries(TABLES).map(([area, p]) => [area, f(p)])) as Record<Area, V>;

export const EN_TABLES = each((p) => p.en) as EnTables;
export const JA_TABLES = each((p) => p.ja) as { [A in Area]: Translation<EnTables[A]> };
