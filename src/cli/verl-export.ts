/**
 * `verl-export`: writes labelled answers as a verl dataset (labels.parquet, labels.jsonl), the settings
 * as verl configuration (verl-settings.json) and the verifier as verl's custom reward function
 * (nft_playground_reward.py). The labels come from a file the page saved (a session file, or
 * {"batches": [...]}) or are sampled here from a checkpoint and marked by the verifier. Session files are
 * read and checked by the page's own reader (src/formats/sessionFile/format.ts), so both accept the same files.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { effectiveMark, type LabelBatch } from '../engine/labels/record';
import { sampleLabelBatch } from '../engine/labels/sample';
import { REWARD_FILE, REWARD_SOURCE } from '../engine/labels/verlReward';
import { tryCheck } from '../formats/sessionFile/check';
import { MAX_FILE_BYTES, readSession, SESSION_FORMAT, settingsFromHash } from '../formats/sessionFile/format';
import { labelBatches } from '../formats/sessionFile/schema';
import { defaultSettings, type Settings } from '../formats/settings/table';
import {
  labelCount,
  VERL_FILES,
  verlJsonlFile,
  verlParquetFile,
  verlSettingsFile,
} from '../formats/verl/files';
import { parseBackend, useBackend } from '../node/backend';
import { loadCheckpoint } from '../node/checkpoint-fs';
import { int, str, UsageError } from './args';

const HELP = `usage: npm run cli -- verl-export (--labels FILE | --sample N) [--link HASH] [--out DIR]
       [--checkpoint DIR] [--backend wasm|cpu]
--labels: a session file saved by the page (format '${SESSION_FORMAT}') or a JSON file {"batches": [...]} of
  label batches; a session file's settings are used unless --link is given
--sample N: instead, sample N questions and K answers to each from the checkpoint (the settings' K,
  temperature, seed and task mix), marked by the exact verifier, with no person's mark
--link: the page's settings as its link hash, e.g. '#preset=tiny&methods=nft,rft' (default: workshop)
--out: the folder for ${VERL_FILES.parquet}, ${VERL_FILES.jsonl}, ${VERL_FILES.settings} and ${REWARD_FILE}
  (default out/verl)`;

/** Label batches (and settings, for a session file) from a file's text; throws a UsageError if unusable. */
export function batchesFromText(text: string, name: string): { batches: LabelBatch[]; settings?: Settings } {
  if (text.length > MAX_FILE_BYTES) throw new UsageError(`${name} is larger than ${MAX_FILE_BYTES} bytes`);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${name} is not JSON (${(e as Error).message})`);
  }
  const d = doc as Record<string, unknown> | null;
  if (d && typeof d === 'object' && 'format' in d) {
    const read = readSession(text);
    if (!read.ok) throw new UsageError(`${name}: ${read.error}`);
    return { batches: read.content.batches, settings: read.content.settings };
  }
  if (!d || typeof d !== 'object' || !('batches' in d))
    throw new UsageError(`${name}: expected a session file or an object with "batches"`);
  const checked = tryCheck(labelBatches, d.batches, 'batches');
  if (!checked.ok) throw new UsageError(`${name}: ${checked.error}`);
  return { batches: checked.value };
}

/** A labels file's text, its size checked with stat first: a huge file is refused unread. */
export async function readLabelsFile(path: string): Promise<string> {
  const { size } = await stat(path);
  if (size > MAX_FILE_BYTES) throw new UsageError(`${path} is larger than ${MAX_FILE_BYTES} bytes`);
  return readFile(path, 'utf8');
}

/** Writes the four files into `out`; returns their paths. */
export async function writeVerlFiles(
  out: string,
  batches: LabelBatch[],
  settings: Settings,
): Promise<string[]> {
  if (labelCount(batches) === 0) throw new UsageError('there are no labelled answers to export');
  await mkdir(out, { recursive: true });
  const files: [string, string | Uint8Array][] = [
    [VERL_FILES.parquet, new Uint8Array(verlParquetFile(batches))],
    [VERL_FILES.jsonl, verlJsonlFile(batches)],
    [VERL_FILES.settings, verlSettingsFile(settings)],
    [REWARD_FILE, REWARD_SOURCE],
  ];
  for (const [name, data] of files) await writeFile(join(out, name), data);
  return files.map(([name]) => join(out, name));
}

export async function verlExportCommand(argv: string[]): Promise<void> {
  const opt = { type: 'string' } as const;
  const { values } = parseArgs({
    args: argv,
    options: {
      labels: opt,
      sample: opt,
      link: opt,
      out: opt,
      checkpoint: opt,
      backend: opt,
      help: { type: 'boolean' },
    },
  });
  if (values.help) return console.log(HELP);
  if ((values.labels === undefined) === (values.sample === undefined))
    throw new UsageError('give one of --labels FILE or --sample N');
  let settings = defaultSettings();
  if (values.link !== undefined) {
    const parsed = settingsFromHash(values.link, '--link');
    if (!parsed.ok) throw new UsageError(parsed.error);
    settings = parsed.value;
  }
  let batches: LabelBatch[];
  if (values.labels !== undefined) {
    const read = batchesFromText(await readLabelsFile(values.labels), values.labels);
    batches = read.batches;
    if (read.settings && values.link === undefined) settings = read.settings;
  } else {
    const questions = int(values, 'sample', 4, 1, 4096);
    await useBackend(parseBackend(values.backend));
    const checkpoint = str(values, 'checkpoint', 'public/models/base');
    const { model } = await loadCheckpoint(checkpoint);
    const now = new Date();
    batches = [
      await sampleLabelBatch(model, {
        mix: settings.mix.map((level) => ({ level, weight: 1 })),
        runSeed: settings.seed,
        batch: 0,
        questions,
        K: settings.K,
        temperature: settings.temperature,
        model: checkpoint === 'public/models/base' ? 'base' : checkpoint,
        id: `cli${now.getTime().toString(36)}`,
        createdAt: now.toISOString(),
      }),
    ];
    model.dispose();
  }
  const paths = await writeVerlFiles(str(values, 'out', join('out', 'verl')), batches, settings);
  const records = batches.flatMap((b) => b.records);
  const right = records.filter(effectiveMark).length;
  const person = records.filter((r) => r.personMark !== null).length;
  console.log(
    `${records.length} labelled answers (${right} marked right, ${records.length - right} wrong; ${person} marked by a person) from ${batches.length} batch(es)`,
  );
  for (const p of paths) console.log(`wrote ${p}`);
}
