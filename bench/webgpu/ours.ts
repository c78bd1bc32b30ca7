/**
 * One child of `npm run bench:webgpu` (bench/webgpu.ts): our engine on tfjs's WebGPU backend in Node,
 * on Dawn's null backend (`--dawn null`: host cost only) or on SwiftShader (`--dawn swiftshader`).
 * Prints one line `RESULT {json}` with, per update step, decode step and workshop iteration, the
 * dispatches, uploads and host milliseconds (medians over the timed repetitions).
 *   --size default|nanogpt   our default model, or NanoGPT's size (2 layers, 4 heads, width 128)
 *   --reps N                 timed repetitions of the update step (after 2 untimed)
 *   --unfused                our fused WebGPU kernels off: tfjs ops throughout (the engine before them)
 *   --batch B                rows of the update step (default 128) and of the decode step (default 256)
 *   --no-workshop            skip the workshop iteration's sampling round (SwiftShader: it is slow there)
 */
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs';
import { setFusedKernels } from '../../src/engine/kernels/webgpu';
import type { SequenceBatch } from '../../src/engine/model/batch';
import { DEFAULT_MODEL_CONFIG, type ModelConfig } from '../../src/engine/model/config';
import { generate } from '../../src/engine/model/generate';
import { decodeStep, forward, Gpt, type LayerCache } from '../../src/engine/model/gpt';
import { sftLoss, tokenStats } from '../../src/engine/model/logprobs';
import { createRng } from '../../src/engine/rng';
import { createQuestionStream, DEFAULT_TASK_MIX } from '../../src/engine/tasks';
import { AdamW, trainStep } from '../../src/engine/train/optimizer';
import { PRESETS } from '../../src/engine/train/presets';
import { useNodeWebGpu } from '../../src/node/nodeWebgpu';
import { type Counts, installCounters, measure } from './counters';

const { values } = parseArgs({
  options: {
    dawn: { type: 'string' },
    size: { type: 'string' },
    reps: { type: 'string' },
    unfused: { type: 'boolean' },
    batch: { type: 'string' },
    'no-workshop': { type: 'boolean' },
  },
});
const dawn = values.dawn ?? 'null';
const size = values.size ?? 'default';
const reps = Number(values.reps ?? 10);

export const NANOGPT_SIZE: ModelConfig = {
  ...DEFAULT_MODEL_CONFIG,
  layers: 2,
  heads: 4,
  width: 128,
  contextLength: 32,
};
const cfg = size === 'nanogpt' ? NANOGPT_SIZE : DEFAULT_MODEL_CONFIG;
const B = Number(values.batch ?? 128);
const T = 32;

/** A seeded batch of B x T real tokens (no padding), every position an answer position. */
function syntheticBatch(): SequenceBatch {
  const r = createRng(7);
  const ids = new Int32Array(B * T);
  for (let i = 0; i < ids.length; i++) ids[i] = 3 + Math.floor(r.next() * (cfg.vocabSize - 3));
  const targets = new Int32Array(B * T);
  for (let i = 0; i < ids.length; i++) targets[i] = i % T === T - 1 ? ids[i] : ids[i + 1];
  return { B, T, ids, targets, mask: new Float32Array(B * T).fill(1), answerLengths: new Array(B).fill(T) };
}

const cacheOf = (kv: tf.Tensor3D[]): LayerCache[] =>
  Array.from({ length: kv.length / 2 }, (_, l) => ({ k: kv[2 * l], v: kv[2 * l + 1] }));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function medianOf(read: () => Counts, n: number, f: () => Promise<unknown>) {
  const runs = [];
  for (let i = 0; i < n; i++) runs.push(await measure(read, f));
  return { dispatches: runs[0].dispatches, uploads: runs[0].uploads, ms: median(runs.map((x) => x.ms)) };
}

const dawnOptions = dawn === 'null' ? ['backend=null'] : [];
if (!(await useNodeWebGpu(dawnOptions))) throw new Error(`no WebGPU adapter (dawn ${dawn})`);
if (values.unfused) setFusedKernels(false);
const read = installCounters(tf.engine() as unknown as { backendName: string; backend: unknown });

const model = Gpt.init(cfg, 1);
const opt = new AdamW(model.params, { lr: 1e-3, weightDecay: 0.01, clipNorm: 1, warmupSteps: 10 });
const batch = syntheticBatch();
const update = async () => {
  const { loss, gradNorm } = trainStep(model.params, opt, () => sftLoss(model, batch));
  await loss.data();
  tf.dispose([loss, gradNorm]);
};
for (let i = 0; i < 2; i++) await update();
const before = tf.memory().numTensors;
const updateStep = await medianOf(read, reps, update);
const leaked = tf.memory().numTensors - before;

// Decode: 256 rows (the workshop's M x K) after an 8-token prefill, logits read back as generate() does.
const rows = values.batch ? B : 256;
const P = 8;
const decode = await (async () => {
  const ids = tf.tensor2d(new Int32Array(rows * P).fill(5), [rows, P], 'int32');
  let { logits, cache } = forward(model, ids, { withCache: true });
  ids.dispose();
  logits.dispose();
  const one = async (t: number) => {
    const [logits2, ...kv] = tf.tidy(() => {
      const r = decodeStep(
        model,
        tf.tensor1d(new Int32Array(rows).fill(6), 'int32'),
        tf.tensor1d(new Int32Array(rows).fill(t), 'int32'),
        tf.zeros([rows, t + 1]) as tf.Tensor2D,
        cache,
      );
      return [r.logits, ...r.cache.flatMap((c) => [c.k, c.v])];
    });
    const next = {
      logits: logits2,
      cache: cacheOf(kv as tf.Tensor3D[]),
    };
    tf.dispose(cache.flatMap((c: LayerCache) => [c.k, c.v]));
    cache = next.cache;
    await next.logits.data();
    next.logits.dispose();
  };
  await one(P);
  let t = P + 1;
  const r = await medianOf(read, 5, () => one(t++));
  tf.dispose(cache.flatMap((c: LayerCache) => [c.k, c.v]));
  return r;
})();

// Workshop iteration, composed from measured parts: each sampling round generates M x K answers (prefill
// plus one decode step per token, up to the longest answer), then mu update steps, each after one
// forward pass for pi_old's log-probs. Rounds: 1 (every group kept) to maxRounds (dynamic sampling).
const ws = PRESETS.workshop.settings;
const workshop = values['no-workshop'] ? undefined : await workshopIteration();

/**
 * Workshop iteration, composed from measured parts: each sampling round generates M x K answers
 * (prefill plus one decode step per token, up to the longest answer), then mu update steps, each after
 * one forward pass for pi_old's log-probs. Rounds: 1 (every group kept) to maxRounds (dynamic sampling).
 */
async function workshopIteration() {
  const qs = createQuestionStream(DEFAULT_TASK_MIX, 3).nextBatch(ws.rollout.M * ws.rollout.K);
  const maxAnswer = Math.max(...qs.map((q) => q.answer.length + 1));
  const sampling = await measure(read, () =>
    generate(
      model,
      qs.map((q) => q.prompt),
      { temperature: 1, seed: 1, maxNewTokens: maxAnswer },
    ),
  );
  const oldLogp = await measure(read, async () => {
    const s = tf.tidy(() => tokenStats(model, batch).logp);
    await s.data();
    s.dispose();
  });
  const perRound = sampling.dispatches;
  const perUpdate = oldLogp.dispatches + updateStep.dispatches;
  return {
    minDispatches: perRound + ws.mu * perUpdate,
    maxDispatches: ws.rollout.maxRounds * perRound + ws.mu * perUpdate,
    samplingRound: perRound,
    maxAnswer,
  };
}

opt.dispose();
model.dispose();
console.log(
  `RESULT ${JSON.stringify({ variant: `ours${values.unfused ? '-unfused' : ''}-${size}@${dawn}`, cfg, batch: [B, T], updateStep, leaked, decode, workshop })}`,
);
