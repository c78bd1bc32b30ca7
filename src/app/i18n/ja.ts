/**
 * Japanese for every English string the page passes to t() (t.ts), one table per area of the page so
 * several people can translate at once; i18n.test.ts checks that no English key is given two different
 * translations.
 */
import { BACKEND, PROGRESS } from './ja/backend';
import { CHARTS } from './ja/charts';
import { CLASS_RUN } from './ja/classRun';
import { CONTROLS } from './ja/controls';
import { EXPLAIN } from './ja/explain';
import { FAULTS } from './ja/faults';
import { LABELS } from './ja/labels';
import { PAGE } from './ja/page';
import { SETTINGS_TABLE } from './ja/settingsTable';
import { STUDY } from './ja/study';
import { WORKSHOP } from './ja/workshop';

export const JA_TABLES: Record<string, Record<string, string>> = {
  PAGE,
  CONTROLS,
  CHARTS,
  EXPLAIN,
  LABELS,
  SETTINGS_TABLE,
  BACKEND,
  PROGRESS,
  FAULTS,
  WORKSHOP,
  CLASS_RUN,
  STUDY,
};

export const JA: Record<string, string> = Object.assign({}, ...Object.values(JA_TABLES));
