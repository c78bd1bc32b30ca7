/** `pretrain`: gold-answer SFT from a seed on the wasm backend; writes the base checkpoint. */
import { parseArgs } from 'node:util';
import { CHECKPOINT_FORMAT, type CheckpointMeta } from '../engine/io/checkpoint';
import { DEFAULT_MODEL_CONFIG } from '../engine/model/config';
import { parameterCount } from '../engine/model/params';
import { DEFAULT_TASK_MIX, HELD_OUT_MODULUS, makeEvalSet } from '../engine/tasks';
import { TOKENIZER_SPEC } from '../engine/tokenizer';
import { evaluateSampled } from '../engine/train/evaluate';
import { pretrain } from '../engine/train/pretrain';
import { parseBackend, useBackend } from '../node/backend';
import { saveCheckpoint } from '../node/checkpoint-fs';
import { int, num, pct, str, UsageError } from './args';
import { printLevelTable } from './report';

/** The recipe of the shipped base model: `npm run cli -- pretrain` with no options reproduces it. */
export const BASE_RECIPE = {
  seed: 1,
  steps: 1500,
  batch: 128,
  lr: 2e-3,
  warmup: 100,
  weightDecay: 0.01,
  clip: 1,
  evalEvery: 250,
  evalPerLevel: 64,
  evalSeed: 12345,
};

const HELP = `usage: npm run cli -- pretrain [--seed N] [--steps N] [--batch N] [--lr X] [--out DIR] [--backend wasm|cpu]
Trains the base model on gold answers of the default task mix and writes it (model.json + shards).
Defaults reproduce the shipped checkpoint: ${JSON.stringify(BASE_RECIPE)}, out public/models/base.`;

export async function pretrainCommand(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      seed: { type: 'string' },
      steps: { type: 'string' },
      batch: { type: 'string' },
      lr: { type: 'string' },
      'eval-every': { type: 'string' },
      out: { type: 'string' },
      backend: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const R = BASE_RECIPE;
  const seed = int(values, 'seed', R.seed);
  const steps = int(values, 'steps', R.steps, 1, 1_000_000);
  const batchSize = int(values, 'batch', R.batch, 1, 4096);
  const lr = num(values, 'lr', R.lr, 1e-7, 1);
  const evalEvery = int(values, 'eval-every', R.evalEvery, 0);
  const out = str(values, 'out', 'public/models/base');
  const backend = parseBackend(values.backend as string | undefined);
  if (out.trim() === '') throw new UsageError('--out must name a folder');
  await useBackend(backend);

  const evalSet = makeEvalSet(DEFAULT_TASK_MIX, R.evalSeed, R.evalPerLevel);
  const cfg = DEFAULT_MODEL_CONFIG;
  console.log(`pretrain: ${parameterCount(cfg)} parameters, ${JSON.stringify(cfg)}`);
  console.log(
    `pretrain: backend ${backend}, seed ${seed}, ${steps} steps x ${batchSize}, lr ${lr}, ${evalSet.length} held-out questions`,
  );
  const { model, history } = await pretrain(
    {
      model: cfg,
      mix: DEFAULT_TASK_MIX,
      seed,
      steps,
      batchSize,
      lr,
      warmupSteps: R.warmup,
      weightDecay: R.weightDecay,
      clipNorm: R.clip,
      evalEvery,
      evalSet,
    },
    (p) => {
      const acc = p.eval ? `  held-out greedy ${pct(p.eval.accuracy)}` : '';
      console.log(
        `step ${String(p.step).padStart(6)}  loss ${p.loss.toFixed(4)}  ${p.seconds.toFixed(0)} s${acc}`,
      );
    },
  );
  const last = history[history.length - 1];
  const final = last.eval;
  if (!final) throw new Error('no final evaluation');
  const sampled = await evaluateSampled(model, evalSet, { k: 8, temperature: 1, seed: R.evalSeed });
  printLevelTable(final, sampled);
  console.log(
    `per-question accuracy over 8 samples (T=1): all right ${pct(sampled.allRight)}, all wrong ${pct(sampled.allWrong)}, mixed ${pct(sampled.mixed)}`,
  );
  const perLevel = Object.fromEntries(Object.entries(final.perLevel).map(([k, v]) => [k, v.accuracy]));
  const meta: CheckpointMeta = {
    format: CHECKPOINT_FORMAT,
    model: cfg,
    tokenizer: TOKENIZER_SPEC,
    tasks: { mix: DEFAULT_TASK_MIX, heldOutModulus: HELD_OUT_MODULUS },
    training: {
      command: `npm run cli -- pretrain ${argv.join(' ')}`.trim(),
      seed,
      steps,
      backend,
      batchSize,
      lr,
      warmupSteps: R.warmup,
      weightDecay: R.weightDecay,
      clipNorm: R.clip,
      evalSeed: R.evalSeed,
      evalQuestions: evalSet.length,
      accuracy: final.accuracy,
      perLevel,
      sampled: {
        k: 8,
        temperature: 1,
        accuracy: sampled.accuracy,
        allRight: sampled.allRight,
        allWrong: sampled.allWrong,
        mixed: sampled.mixed,
      },
      history: history.map((h) => ({ step: h.step, loss: h.loss, accuracy: h.eval?.accuracy })),
      seconds: last.seconds,
    },
  };
  const path = await saveCheckpoint(out, model, meta);
  console.log(`pretrain: wrote ${path}`);
  model.dispose();
}
