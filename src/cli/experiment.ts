/**
 * `experiment`: runs methods side by side from the base checkpoint over several seeds, writes every
 * metric per iteration to JSON and CSV, and prints mean ± std over seeds of the final held-out
 * accuracy and of the entropy change.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  AGGREGATIONS,
  type Aggregation,
  type LossOptions,
  METHODS,
  type Method,
  WEIGHTINGS,
  type Weighting,
} from '../engine/losses';
import { assertValidTaskMix, type TaskMix } from '../engine/tasks';
import { type ExperimentSettings, runExperiment } from '../engine/train/experiment';
import { labelerFor } from '../engine/train/labelers';
import { getPreset } from '../engine/train/presets';
import { parseBackend, useBackend } from '../node/backend';
import { loadCheckpoint } from '../node/checkpoint-fs';
import { int, num, pct, str, UsageError } from './args';
import { asUsage } from './errors';
import { type SeedRun, summaryTable, toCsv } from './experiment-report';
import { LABEL_HELP, labelSettingsFromArgs } from './label-options';

const HELP = `usage: npm run cli -- experiment [--methods nft,rft] [--seeds 5 | --seed-list 1,2,3] [--preset workshop]
       [--iterations N] [--M N] [--K N] [--mu N] [--lr X] [--temperature X] [--eps X] [--weighting W]
       [--neg-weight X] [--aggregation A] [--eval-every N] [--mix add3,mul2] [--label-noise P] [--verifier V]
       [--checkpoint DIR] [--out DIR] [--quiet]
--mix: the task levels of rollouts and evaluation, equally weighted (default: the checkpoint's mix)
${LABEL_HELP}
methods: ${METHODS.join(', ')}; weightings: ${WEIGHTINGS.join(', ')}; aggregations: ${AGGREGATIONS.join(', ')}`;

function oneOf<T extends string>(v: unknown, allowed: readonly T[], name: string): T | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}`);
  }
  return v as T;
}

export async function experimentCommand(argv: string[]): Promise<void> {
  const opt = { type: 'string' } as const;
  const { values } = parseArgs({
    args: argv,
    options: {
      methods: opt,
      seeds: opt,
      'seed-list': opt,
      preset: opt,
      iterations: opt,
      M: opt,
      K: opt,
      mu: opt,
      lr: opt,
      temperature: opt,
      eps: opt,
      weighting: opt,
      'neg-weight': opt,
      aggregation: opt,
      'eval-every': opt,
      mix: opt,
      'label-noise': opt,
      verifier: opt,
      checkpoint: opt,
      out: opt,
      backend: opt,
      quiet: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return console.log(HELP);
  const preset = asUsage(() => getPreset(str(values, 'preset', 'workshop')));
  const labels = labelSettingsFromArgs(values, preset.labels);
  const methods = str(values, 'methods', 'nft,rft').split(',') as Method[];
  for (const m of methods)
    if (!METHODS.includes(m)) throw new UsageError(`unknown method ${JSON.stringify(m)}`);
  if (methods.length < 1) throw new UsageError('--methods needs at least one method');
  const seeds = values['seed-list']
    ? values['seed-list'].split(',').map((x) => int({ s: x }, 's', 0))
    : Array.from({ length: int(values, 'seeds', 1, 1, 100) }, (_, i) => i + 1);
  const p = preset.settings;
  const loss: Partial<LossOptions> = { ...p.loss };
  if (values.eps !== undefined) loss.eps = num(values, 'eps', 1, 1e-6, 1e6);
  if (values['neg-weight'] !== undefined) loss.negWeight = num(values, 'neg-weight', 1, 0, 100);
  const w = oneOf<Weighting>(values.weighting, WEIGHTINGS, 'weighting');
  if (w) loss.weighting = w;
  const a = oneOf<Aggregation>(values.aggregation, AGGREGATIONS, 'aggregation');
  if (a) loss.aggregation = a;
  const settings: Omit<ExperimentSettings, 'seed'> = {
    ...p,
    methods,
    iterations: int(values, 'iterations', p.iterations, 1, 100_000),
    evalEvery: int(values, 'eval-every', p.evalEvery, 0, 100_000),
    mu: int(values, 'mu', p.mu, 1, 64),
    lr: num(values, 'lr', p.lr, 1e-8, 1),
    rollout: {
      ...p.rollout,
      M: int(values, 'M', p.rollout.M, 1, 4096),
      K: int(values, 'K', p.rollout.K, 2, 256),
      temperature: num(values, 'temperature', p.rollout.temperature, 0.05, 5),
    },
    loss,
  };
  const backend = parseBackend(values.backend);
  await useBackend(backend);
  const { model: base, meta } = await loadCheckpoint(str(values, 'checkpoint', 'public/models/base'));
  const mix: TaskMix = values.mix
    ? values.mix.split(',').map((level) => ({ level, weight: 1 }))
    : (preset.mix ?? meta.tasks.mix);
  asUsage(() => assertValidTaskMix(mix));
  const out = str(
    values,
    'out',
    join('out', 'experiments', `${preset.name}-${new Date().toISOString().replace(/[:.]/g, '-')}`),
  );
  console.log(
    `experiment: preset ${preset.name}, methods ${methods.join(',')}, seeds ${seeds.join(',')}, backend ${backend}`,
  );
  const noise = labels.noise;
  const runs: SeedRun[] = [];
  for (const seed of seeds) {
    const t0 = performance.now();
    const arms = await runExperiment(
      base,
      mix,
      { ...settings, seed },
      {
        labeler: labelerFor(labels, seed),
        onEval: (arm, e) => {
          if (!values.quiet) {
            console.log(
              `seed ${seed} ${arm.name.padEnd(8)} it ${String(e.iteration).padStart(4)}  greedy ${pct(e.eval.greedy.accuracy)}  sampled ${pct(e.eval.sampled.accuracy)}  entropy ${e.eval.entropy.toFixed(3)}`,
            );
          }
        },
      },
    );
    const seconds = (performance.now() - t0) / 1000;
    runs.push({ seed, seconds, arms });
    const its = settings.iterations * methods.length;
    console.log(
      `seed ${seed}: ${seconds.toFixed(0)} s (${(seconds / its).toFixed(2)} s per arm-iteration, evaluations included)`,
    );
  }
  await mkdir(out, { recursive: true });
  await writeFile(
    join(out, 'metrics.json'),
    JSON.stringify(
      { preset: preset.name, settings, mix, labelNoise: noise, verifier: labels.verifier, backend, runs },
      null,
      1,
    ),
  );
  await writeFile(join(out, 'metrics.csv'), toCsv(runs));
  console.log(`\n${summaryTable(runs)}\n\nwrote ${join(out, 'metrics.json')} and metrics.csv`);
  base.dispose();
}
