/**
 * The CSV columns of an iteration's absLogRatio and absLogRatioLast (arm.ts: how far off policy its
 * update ran), shared by the app's and the CLI's metrics files, and their cells. No tfjs: the page
 * imports it.
 */
import type { IterationMetrics } from './arm';

export const DRIFT_COLUMNS = ['abs_log_ratio', 'abs_log_ratio_last'] as const;

export const driftCells = (m: IterationMetrics | undefined): (number | undefined)[] => [
  m?.absLogRatio,
  m?.absLogRatioLast,
];
