/**
 * `base-eval`: the base model's evaluation for every preset's held-out set, written beside the model
 * (engine/train/baseEval.ts): the page plots it as iteration 0 at load. `pretrain` runs it after it
 * writes a new model.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Gpt } from '../engine/model/gpt';
import { BASE_EVAL_FILE, computeBaseEvals, presetRuns } from '../engine/train/baseEval';
import { parseBackend, useBackend } from '../node/backend';
import { loadCheckpoint } from '../node/checkpoint-fs';
import { str } from './args';

const HELP = `usage: npm run cli -- base-eval [--checkpoint DIR] [--backend wasm|cpu]
Evaluates the checkpoint (default public/models/base) on every preset's held-out set, as a run does at
iteration 0, and writes ${BASE_EVAL_FILE} beside it.`;

/** Writes `dir`/base-eval.json for `model`; returns its path. */
export async function writeBaseEvals(dir: string, model: Gpt, backend: string): Promise<string> {
  const file = await computeBaseEvals(model, backend, presetRuns());
  const path = join(dir, BASE_EVAL_FILE);
  await writeFile(path, `${JSON.stringify(file, null, 1)}\n`);
  return path;
}

export async function baseEvalCommand(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { checkpoint: { type: 'string' }, backend: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const backend = parseBackend(values.backend as string | undefined);
  await useBackend(backend);
  const dir = str(values, 'checkpoint', 'public/models/base');
  const { model } = await loadCheckpoint(dir);
  const t0 = performance.now();
  const path = await writeBaseEvals(dir, model, backend);
  console.log(`base-eval: wrote ${path} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  model.dispose();
}
