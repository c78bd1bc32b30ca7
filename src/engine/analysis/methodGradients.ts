/**
 * How the methods' updates relate: flattened parameter gradients of each method on the SAME rollouts,
 * over N rollouts sampled from the same weights.
 *
 *   g_{m,r}   = d loss_m / d theta on rollout r (on-policy: pi_old = current weights, R = 1)
 *   mean_m    = (1/N) sum_r g_{m,r}
 *   noise_m^2 = (1/N) sum_r ||g_{m,r} - mean_m||^2 = (1/N) sum_r ||g_{m,r}||^2 - ||mean_m||^2
 *   SNR_m     = ||mean_m|| / noise_m           (signal-to-noise of ONE rollout's gradient)
 *   cos(a, b) = <mean_a, mean_b> / (||mean_a|| ||mean_b||)
 * Theory (docs/nft-spec.md, "The equivalence"; PLATFORM.md): on-policy, NFT with w = 1 - r_hat and RFT with w = 1 have
 * expected gradients that point the same way; they differ in noise. Only running sums are kept, so the
 * memory is O(methods x parameters), whatever N.
 *
 * Off policy (`steps` > 0): on each rollout, each method first takes `steps` AdamW steps of its own loss
 * on a copy of the weights (fresh AdamW state: its first step moves every parameter by about lr), as
 * its mu update steps on one rollout would; its gradient is then taken at its own moved weights with
 * pi_old still the sampling weights (R != 1). Comparing these says whether the methods' next updates
 * still point the same way once the ratio has moved and the clips bind. `meanAbsLogRatio`: how far
 * the steps took the policy (mean |log R| over the answers' tokens and the methods).
 */
import * as tf from '@tensorflow/tfjs';
import { type LossOptions, lossTensor, type Method, meanAbsLogRatio } from '../losses';
import { makeSequenceBatch } from '../model/batch';
import type { Gpt } from '../model/gpt';
import { tokenStats } from '../model/logprobs';
import type { QuestionStream } from '../tasks';
import { encode } from '../tokenizer';
import { AdamW, trainStep } from '../train/optimizer';
import { collectRollout, type Labeler, type RolloutSettings } from '../train/rollout';

export interface GradientArm {
  name: string;
  method: Method;
  loss: LossOptions;
}

export interface MethodGradients {
  name: string;
  /** ||mean_m||: the expected update's size. */
  meanNorm: number;
  /** Average ||g_{m,r}||: a single rollout's update size. */
  rolloutNorm: number;
  snr: number;
}

export interface GradientStudy {
  rollouts: number;
  /** Update steps taken on each rollout before the gradients (0: on policy, R = 1). */
  steps: number;
  /** Mean |log R| over the answers' tokens at the weights the gradients are taken at (0 on policy). */
  meanAbsLogRatio: number;
  methods: MethodGradients[];
  /** cosine[i][j] between the mean gradients of methods i and j. */
  cosine: number[][];
  /** Average over rollouts of the cosine between single-rollout gradients (noise included). */
  rolloutCosine: number[][];
}

/** Extras of a study: marks other than the verifier's, and update steps before the gradients. */
export interface StudyOptions {
  /** Marks other than the verifier's (label noise), as the compared arms would train on. */
  labeler?: Labeler;
  /** AdamW steps each method takes of its own loss on each rollout before its gradient (default 0). */
  steps?: number;
  /** Their learning rate (default 3e-4, the presets'). */
  lr?: number;
}

/** Takes `steps` AdamW steps of `arm`'s loss on a copy of `model` (pi_old = `model`); the copy is the caller's. */
async function movedCopy(
  model: Gpt,
  arm: GradientArm,
  items: ReturnType<typeof rolloutItems>,
  steps: number,
  lr: number,
) {
  const copy = await model.clone();
  const batch = makeSequenceBatch(items.seq, model.config.contextLength);
  const old = tf.tidy(() => tokenStats(model, batch, false).logp);
  const mask = tf.tensor2d(batch.mask, [batch.B, batch.T]);
  const opt = new AdamW(copy.params, { lr, warmupSteps: 0, weightDecay: 0, clipNorm: 1 });
  for (let i = 0; i < steps; i++) {
    const { loss, gradNorm } = trainStep(copy.params, opt, () =>
      lossTensor(arm.method, arm.loss, tokenStats(copy, batch, false).logp, old, mask, items.rows),
    );
    tf.dispose([loss, gradNorm]);
  }
  opt.dispose();
  tf.dispose([old, mask]);
  return copy;
}

/**
 * One flattened gradient per arm for one rollout (all arms see the same answers), at `model`'s weights
 * with pi_old = `sampler` (the same model on policy); and the mean |log R| over the answers' tokens.
 */
async function rolloutGradients(
  model: Gpt,
  arms: GradientArm[],
  items: ReturnType<typeof rolloutItems>,
  sampler: Gpt = model,
) {
  const batch = makeSequenceBatch(items.seq, model.config.contextLength);
  const vars = model.variables();
  const old = tf.tidy(() => tokenStats(sampler, batch, false).logp);
  const mask = tf.tensor2d(batch.mask, [batch.B, batch.T]);
  const out: Float32Array[] = [];
  const absLogRatio = tf.tidy(() => meanAbsLogRatio(tokenStats(model, batch, false).logp, old, mask));
  try {
    for (const arm of arms) {
      const { value, grads } = tf.variableGrads(
        () => lossTensor(arm.method, arm.loss, tokenStats(model, batch, false).logp, old, mask, items.rows),
        vars,
      );
      // Read each gradient back and join them in JavaScript: a tf.concat of every parameter would
      // bind one storage buffer per input, past WebGPU's per-stage limit.
      const parts = await Promise.all(vars.map((v) => grads[v.name].data()));
      const flat = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
      let at = 0;
      for (const p of parts) {
        flat.set(p as Float32Array, at);
        at += p.length;
      }
      out.push(flat);
      tf.dispose([value, ...Object.values(grads)]);
    }
    return { grads: out, absLogRatio: (await absLogRatio.data())[0] };
  } finally {
    tf.dispose([old, mask, absLogRatio]);
  }
}

function rolloutItems(groups: Awaited<ReturnType<typeof collectRollout>>['groups']) {
  return {
    seq: groups.flatMap((g) =>
      g.answers.map((a) => ({ prompt: encode(g.question.prompt), answer: a.generation.tokens })),
    ),
    rows: groups.flatMap((g, qi) => g.answers.map((a) => ({ question: qi, correct: a.correct }))),
  };
}

function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let j = 0; j < a.length; j++) s += a[j] * b[j];
  return s;
}

export async function gradientStudy(
  model: Gpt,
  stream: QuestionStream,
  arms: GradientArm[],
  rollout: RolloutSettings,
  rollouts: number,
  seed: number,
  options: StudyOptions = {},
): Promise<GradientStudy> {
  const { labeler, steps = 0, lr = 3e-4 } = options;
  let logRatioSum = 0;
  const sums = arms.map(() => null as Float64Array | null);
  const sqNorms = arms.map(() => 0);
  const norms = arms.map(() => 0);
  const rolloutCos = arms.map(() => arms.map(() => 0));
  let n = 0;
  for (let r = 0; r < rollouts; r++) {
    const ro = await collectRollout(model, stream, rollout, seed, r, labeler);
    if (ro.groups.length === 0) continue;
    const items = rolloutItems(ro.groups);
    let grads: Float32Array[];
    if (steps === 0) grads = (await rolloutGradients(model, arms, items)).grads;
    else {
      grads = [];
      for (const arm of arms) {
        const moved = await movedCopy(model, arm, items, steps, lr);
        const own = await rolloutGradients(moved, [arm], items, model);
        moved.dispose();
        grads.push(own.grads[0]);
        logRatioSum += own.absLogRatio / arms.length;
      }
    }
    const gn = grads.map((g) => Math.sqrt(dot(g, g)));
    grads.forEach((a, i) => {
      grads.forEach((b, j) => {
        rolloutCos[i][j] += dot(a, b) / (gn[i] * gn[j] || 1);
      });
    });
    grads.forEach((g, i) => {
      const acc = sums[i] ?? new Float64Array(g.length);
      let sq = 0;
      for (let j = 0; j < g.length; j++) {
        acc[j] += g[j];
        sq += g[j] * g[j];
      }
      sums[i] = acc;
      sqNorms[i] += sq;
      norms[i] += Math.sqrt(sq);
    });
    n += 1;
  }
  if (n === 0) throw new Error('no rollout had an informative question: nothing to compare');
  const means = sums.map((s) => (s as Float64Array).map((x) => x / n));
  const meanNorms = means.map((m) => Math.sqrt(dot(m, m)));
  return {
    rollouts: n,
    steps,
    meanAbsLogRatio: logRatioSum / n,
    methods: arms.map((a, i) => {
      const noise = Math.sqrt(Math.max(0, sqNorms[i] / n - meanNorms[i] ** 2));
      return {
        name: a.name,
        meanNorm: meanNorms[i],
        rolloutNorm: norms[i] / n,
        snr: noise > 0 ? meanNorms[i] / noise : Infinity,
      };
    }),
    cosine: means.map((a, i) => means.map((b, j) => dot(a, b) / (meanNorms[i] * meanNorms[j] || 1))),
    rolloutCosine: rolloutCos.map((row) => row.map((c) => c / n)),
  };
}
