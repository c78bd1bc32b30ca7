/**
 * Japanese for every id of en.ts, one table per area (ja/*.ts), typed against the English table so that
 * an id without its Japanese, or a Japanese without its id, does not compile.
 */
import type { Area, EnTables } from './en';
import { BACKEND, PROGRESS } from './ja/backend';
import { CHARTS } from './ja/charts';
import { CLASS_RUN } from './ja/classRun';
import { CONTROLS } from './ja/controls';
import { SESSION } from './ja/controlsSession';
import { CHART, CHECK, EXCHANGE, FIELD, FORMAT, HASH, LINE, OFFLINE, PERSIST, SCHEMA } from './ja/data';
import { EXPLAIN } from './ja/explain';
import { FAULTS } from './ja/faults';
import { LABELS } from './ja/labels';
import { PAGE } from './ja/page';
import { FINDING, PRESET } from './ja/presets';
import { STUDY } from './ja/study';
import { WORKSHOP } from './ja/workshop';
import type { Translation } from './types';

export const JA_TABLES: { [A in Area]: Translation<EnTables[A]> } = {
  page: PAGE,
  controls: CONTROLS,
  session: SESSION,
  charts: CHARTS,
  explain: EXPLAIN,
  labels: LABELS,
  backend: BACKEND,
  progress: PROGRESS,
  faults: FAULTS,
  workshop: WORKSHOP,
  classRun: CLASS_RUN,
  study: STUDY,
  field: FIELD,
  check: CHECK,
  format: FORMAT,
  schema: SCHEMA,
  hash: HASH,
  persist: PERSIST,
  exchange: EXCHANGE,
  offline: OFFLINE,
  chart: CHART,
  line: LINE,
  preset: PRESET,
  finding: FINDING,
};
