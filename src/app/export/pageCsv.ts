/**
 * The run's metrics as CSV for Export CSV: the one writer (formats/metrics/csv.ts), its 'page' profile:
 * the CLI's metrics.csv columns in its order, so one script reads both, then the page's own evaluation
 * columns, the error kinds, the drift, and the per-level accuracies last. CRLF, RFC 4180 quoting, and
 * spreadsheet formulas neutralised (an arm named "=2+5" stays text).
 */
import { csvCell, csvColumns, writeMetricsCsv } from '../../formats/metrics/csv';
import { ERROR_COLUMNS } from '../../formats/metrics/metricTable';
import type { Settings } from '../../formats/settings/table';
import type { RunRecord } from '../run/history';

export { csvCell, csvColumns, ERROR_COLUMNS };

/** `settings` fills the seed column (left empty without it). */
export function metricsCsv(run: Pick<RunRecord, 'arms'>, settings?: Pick<Settings, 'seed'>): string {
  return writeMetricsCsv([{ seed: settings?.seed, arms: run.arms }]);
}
