/**
 * The page's English, by id: one table per area of the page (en/*.ts), each string under a short id,
 * and the tables the page shares with the CLI (en/data.ts), by their own keys.
 * Components call t('backend.measureAgain') or t('progress.armIteration', { arm, n }); the id is
 * `area.key`, checked by the compiler (MsgId), and ja.ts must give every id its Japanese.
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

export const EN_TABLES = {
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
  ...DATA_EN,
};

export type EnTables = typeof EN_TABLES;
export type Area = keyof EnTables;
/** Every id the page can translate: 'area.key'. */
export type MsgId = { [A in Area]: `${A}.${keyof EnTables[A] & string}` }[Area];
