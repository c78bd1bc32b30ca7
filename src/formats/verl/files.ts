/**
 * The three files of the verl export, built from the label batches and the settings: labels.parquet
 * and labels.jsonl (one row per labelled answer, verl's RL layout) and verl-settings.json (the settings
 * as verl config keys and command lines). Pure, no DOM: the page downloads them, the CLI writes them.
 */
import type { LabelBatch } from '../../engine/labels/record';
import { verlJsonl, verlParquet, verlRows } from '../../engine/labels/verl';
import { verlSettings } from '../../engine/labels/verlSettings';
import { verlInput } from '../settings/runSettings';
import type { Settings } from '../settings/table';

export const VERL_FILES = {
  parquet: 'labels.parquet',
  jsonl: 'labels.jsonl',
  settings: 'verl-settings.json',
} as const;

/** How many labelled answers there are to export. */
export function labelCount(batches: readonly LabelBatch[]): number {
  return batches.reduce((n, b) => n + b.records.length, 0);
}

export function verlParquetFile(batches: readonly LabelBatch[]): ArrayBuffer {
  return verlParquet(verlRows(batches));
}

export function verlJsonlFile(batches: readonly LabelBatch[]): string {
  return verlJsonl(verlRows(batches));
}

export function verlSettingsFile(settings: Settings): string {
  const doc = verlSettings(verlInput(settings), { parquet: VERL_FILES.parquet, jsonl: VERL_FILES.jsonl });
  return `${JSON.stringify(doc, null, 2)}\n`;
}
