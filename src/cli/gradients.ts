/**
 * `gradients`: how the methods' updates relate for a checkpoint: over N rollouts from the same weights,
 * each method's gradient on the same answers; prints the norm of the mean gradient, a single rollout's
 * norm, the signal-to-noise ratio, and the cosines between methods (means, and single rollouts).
 * A method may carry a weighting: `rft:one` is the paper's RFT (w = 1).
 */
import { parseArgs } from 'node:util';
import { type GradientArm, gradientStudy } from '../engine/analysis/gradients';
import { defaultOptions, METHODS, type Method, WEIGHTINGS, type Weighting } from '../engine/losses';
import { createQuestionStream } from '../engine/tasks';
import { parseBackend, useBackend } from '../node/backend';
import { loadCheckpoint } from '../node/checkpoint-fs';
import { int, num, str, table, UsageError } from './args';

const HELP = `usage: npm run cli -- gradients [--checkpoint DIR] [--rollouts N] [--methods nft,rft:one,rft]
       [--M N] [--K N] [--temperature X] [--seed N]
Methods: ${METHODS.join(', ')}, each optionally :weighting (${WEIGHTINGS.join(', ')}).`;

export function parseArms(spec: string): GradientArm[] {
  return spec.split(',').map((part) => {
    const [method, weighting] = part.split(':') as [Method, Weighting | undefined];
    if (!METHODS.includes(method)) throw new UsageError(`unknown method ${JSON.stringify(method)}`);
    if (weighting !== undefined && !WEIGHTINGS.includes(weighting)) {
      throw new UsageError(`unknown weighting ${JSON.stringify(weighting)}`);
    }
    const loss = { ...defaultOptions(method), ...(weighting ? { weighting } : {}) };
    return { name: part, method, loss };
  });
}

export async function gradientsCommand(argv: string[]): Promise<void> {
  const opt = { type: 'string' } as const;
  const { values } = parseArgs({
    args: argv,
    options: {
      checkpoint: opt,
      rollouts: opt,
      methods: opt,
      M: opt,
      K: opt,
      temperature: opt,
      seed: opt,
      backend: opt,
      help: { type: 'boolean' },
    },
  });
  if (values.help) return console.log(HELP);
  const arms = parseArms(str(values, 'methods', 'nft,rft:one,rft'));
  const rollouts = int(values, 'rollouts', 16, 1, 10_000);
  const seed = int(values, 'seed', 1);
  const rollout = {
    M: int(values, 'M', 16, 1, 1024),
    K: int(values, 'K', 8, 2, 256),
    temperature: num(values, 'temperature', 1, 0.05, 5),
    filter: true,
    maxRounds: 4,
  };
  await useBackend(parseBackend(values.backend));
  const { model, meta } = await loadCheckpoint(str(values, 'checkpoint', 'public/models/base'));
  const t0 = performance.now();
  const s = await gradientStudy(
    model,
    createQuestionStream(meta.tasks.mix, seed),
    arms,
    rollout,
    rollouts,
    seed,
  );
  console.log(`${s.rollouts} rollouts of ${rollout.M} questions x ${rollout.K} answers, on-policy (R = 1)\n`);
  console.log(
    table(
      ['method', '|mean grad|', '|one rollout|', 'SNR'],
      s.methods.map((m) => [m.name, m.meanNorm.toFixed(4), m.rolloutNorm.toFixed(4), m.snr.toFixed(3)]),
    ),
  );
  const names = s.methods.map((m) => m.name);
  const cos = (c: number[][]) => c.map((row, i) => [names[i], ...row.map((x) => x.toFixed(3))]);
  console.log(`\ncosine between mean gradients\n${table(['', ...names], cos(s.cosine))}`);
  console.log(
    `\ncosine between single-rollout gradients (average)\n${table(['', ...names], cos(s.rolloutCosine))}`,
  );
  console.log(`\n${((performance.now() - t0) / 1000).toFixed(1)} s`);
  model.dispose();
}
