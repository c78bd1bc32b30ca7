/** `pretrain`: gold-answer SFT from a seed on the wasm backend; writes the base checkpoint. */
import { parseArgs } from 'node:util';
import { CHECKPOINT_FORMAT, type CheckpointMeta } from '../engine/io/checkpoint';
import { DEFAULT_MODEL_CONFIG } from '../engine/model/config';
import { Gpt } from '../engine/model/gpt';
import { makeParams, parameterCount } from '../engine/model/params';
import { DEFAULT_TASK_MIX, HELD_OUT_MODULUS, makeEvalSet } from '../engine/tasks';
import { TOKENIZER_SPEC } from '../engine/tokenizer';
import { evaluateSampled } from '../engine/train/evaluate';
import { pretrain } from '../engine/train/pretrain';
import { parseBackend, useBackend } from '../node/backend';
import { saveCheckpoint } from '../node/checkpoint-fs';
import { int, num, pct, str, UsageError } from './args';
import { writeBaseEvals } from './baseEvalCommand';
import { printLevelTable } from './levelTable';

/** The recipe of the shipped base model: `npm run cli -- pretrain` with no options reproduces it. */
export const BASE_RECIPE = {
  seed: 1,
  steps: 1000,
  batch: 128,
  lr: 2e-3,
  warmup: 100,
  weightDecay: 0.01,
  clip: 1,
  evalEvery: 250,
  /** Steps trained past the saved point, only to show that accuracy was not mid-jump there. */
  probe: 500,
  evalPerLevel: 64,
  evalSeed: 12345,
};

const HELP = `usage: npm run cli -- pretrain [--seed N] [--steps N] [--batch N] [--lr X] [--probe N] [--out DIR] [--backend wasm|cpu]
Trains the base model on gold answers of the default task mix and writes it (model.json + shards).
--probe N trains N steps past the saved point and reports the accuracy there, to show the base is not
taken in the middle of a jump (the saved weights are those of step --steps).
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
      probe: { type: 'string' },
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
  const probe = int(values, 'probe', R.probe, 0, 1_000_000);
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
  const run = await pretrain(
    {
      model: cfg,
      mix: DEFAULT_TASK_MIX,
      seed,
      steps: steps + probe,
      snapshotAt: probe > 0 ? steps : undefined,
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
  const { history } = run;
  const atSave = history.find((h) => h.step === steps);
  const final = atSave?.eval;
  if (!atSave || !final) throw new Error('no evaluation at the saved step');
  const model = run.snapshot ? new Gpt(cfg, makeParams(cfg, run.snapshot)) : run.model;
  if (run.snapshot) run.model.dispose();
  const after = history.filter((h) => h.step > steps && h.eval);
  if (after.length > 0) {
    const trend = after.map((h) => `${h.step}: ${pct(h.eval?.accuracy ?? 0)}`).join(', ');
    console.log(
      `saved step ${steps}: ${pct(final.accuracy)}; trained on only to see what came next: ${trend}`,
    );
  }
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
      history: history
        .filter((h) => h.step <= steps)
        .map((h) => ({ step: h.step, loss: h.loss, accuracy: h.eval?.accuracy })),
      seconds: atSave.seconds,
      probe: after.map((h) => ({ step: h.step, accuracy: h.eval?.accuracy })),
    },
  };
  const path = await saveCheckpoint(out, model, meta);
  console.log(`pretrain: wrote ${path}`);
  console.log(`pretrain: wrote ${await writeBaseEvals(out, model, backend)}`);
  model.dispose();
}
