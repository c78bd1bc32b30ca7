/** `eval`: held-out accuracy per difficulty level of a checkpoint (greedy, and sampled with --k). */
import { parseArgs } from 'node:util';
import { assertValidTaskMix, makeEvalSet } from '../engine/tasks';
import { evaluateGreedy, evaluateSampled } from '../engine/train/evaluate';
import { parseBackend, useBackend } from '../node/backend';
import { loadCheckpoint } from '../node/checkpoint-fs';
import { int, num, pct, str } from './args';
import { printLevelTable } from './levelTable';
import { BASE_RECIPE } from './pretrainCommand';

const HELP = `usage: npm run cli -- eval [--checkpoint DIR] [--per-level N] [--seed N] [--k N] [--temperature X] [--backend wasm|cpu]
Greedy held-out accuracy per level; with --k > 0 also sampled accuracy over k answers per question.`;

export async function evalCommand(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      checkpoint: { type: 'string' },
      'per-level': { type: 'string' },
      seed: { type: 'string' },
      k: { type: 'string' },
      temperature: { type: 'string' },
      backend: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const perLevel = int(values, 'per-level', BASE_RECIPE.evalPerLevel, 1, 100_000);
  const seed = int(values, 'seed', BASE_RECIPE.evalSeed);
  const k = int(values, 'k', 8, 0, 256);
  const temperature = num(values, 'temperature', 1, 0.01, 10);
  await useBackend(parseBackend(values.backend as string | undefined));
  const { model, meta } = await loadCheckpoint(str(values, 'checkpoint', 'public/models/base'));
  assertValidTaskMix(meta.tasks.mix);
  const questions = makeEvalSet(meta.tasks.mix, seed, perLevel);
  const t0 = performance.now();
  const greedy = await evaluateGreedy(model, questions);
  const sampled = k > 0 ? await evaluateSampled(model, questions, { k, temperature, seed }) : undefined;
  printLevelTable(greedy, sampled);
  if (sampled) {
    console.log(
      `per-question accuracy over ${k} samples: all right ${pct(sampled.allRight)}, all wrong ${pct(sampled.allWrong)}, mixed ${pct(sampled.mixed)}`,
    );
  }
  console.log(
    `eval: ${questions.length} held-out questions (seed ${seed}) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  model.dispose();
}
