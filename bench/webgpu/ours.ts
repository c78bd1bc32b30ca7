/**
 * One child of `npm run bench:webgpu` (bench/webgpu.ts): our engine on tfjs's WebGPU backend in Node,
 * on Dawn's null backend (`--dawn null`: host cost only) or on SwiftShader (`--dawn swiftshader`).
 * Prints one line `RESULT {json}` with, per update step, decode step and workshop iteration, the
 * dispatches, uploads and host milliseconds (medians over the timed repetitions).
 *   --size default|nanogpt   our default model, or NanoGPT's size (2 layers, 4 heads, width 128)
 *   --reps N                 timed repetitions of the update step
 *   --warmup N               untimed update steps before them (default 10: V8 optimises the step's
 *                            JavaScript over its first several runs)
 *   --unfused                our fused WebGPU kernels off: tfjs ops throughout (the engine before them)
 *   --batch B                rows of the update step (default 128) and of the decode step (default 256)
 *   --no-workshop            skip the workshop iteration's sampling round (SwiftShader: it is slow there)
 */
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs';
import { setFusedKernels } from '../../src/engine/kernels/webgpu';
import { lossTensor, meanAbsLogRatio, resolveOptions } from '../../src/engine/losses';
import type { SequenceBatch } from '../../src/engine/model/batch';
import { DEFAULT_MODEL_CONFIG, type ModelConfig } from '../../src/engine/model/config';
import { decodeGpuOn, prepareDecodeWeights } from '../../src/engine/model/decodeGpu';
import { generate } from '../../src/engine/model/generate';
import { decodeStep, forward, Gpt, type LayerCache } from '../../src/engine/model/gpt';
import { answerTokenStats, sftLoss, tokenStats } from '../../src/engine/model/logprobs';
import { createRng } from '../../src/engine/rng';
import { createQuestionStream, DEFAULT_TASK_MIX } from '../../src/engine/tasks';
import { AdamW, trainStep } from '../../src/engine/train/optimizer';
import { PRESETS } from '../../src/engine/train/presets';
import { useNodeWebGpu } from '../../src/node/nodeWebgpu';
import { type Counts, installCounters, measure, median } from './counters';

const { values } = parseArgs({
  options: {
    dawn: { type: 'string' },
    size: { type: 'string' },
    reps: { type: 'string' },
    warmup: { type: 'string' },
    unfused: { type: 'boolean' },
    batch: { type: 'string' },
    'no-workshop': { type: 'boolean' },
  },
});
const dawn = values.dawn ?? 'null';
const size = values.size ?? 'default';
const reps = Number(values.reps ?? 10);
const warmup = Number(values.warmup ?? 10);

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

async function medianOf(read: () => Counts, n: number, f: () => Promise<unknown>) {
  const runs = [];
  for (let i = 0; i < n; i++) runs.push(await measure(read, f));
  return {
    dispatches: runs[0].dispatches,
    uploads: runs[0].uploads,
    ms: median(runs.map((x) => x.ms)),
    cpuMs: median(runs.map((x) => x.cpuMs)),
  };
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
for (let i = 0; i < warmup; i++) await update();
const before = tf.memory().numTensors;
const updateStep = await medianOf(read, reps, update);
const leaked = tf.memory().numTensors - before;

// Decode: 256 rows (the workshop's M x K) after an 8-token prefill, logits read back as generate() does.
const rows = values.batch ? B : 256;
const P = 8;
const decode = await (async () => {
  const ids = tf.tensor2d(new Int32Array(rows * P).fill(5), [rows, P], 'int32');
  let { logits, cache } = forward(model, ids, { withCache: true });
  const prepared = decodeGpuOn() ? prepareDecodeWeights(model) : undefined; // once per generate call
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
        prepared,
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
  prepared?.dispose();
  return r;
})();

// The workshop iteration's parts, each measured (bench/webgpu.ts composes them with the shape of the
// work that bench/webgpu/shape.ts reads off the base model on wasm):
// - a sampling round: generate() of M x K real prompts, greedy (on the null backend the read-back
//   logits are not the model's; greedy never picks EOS there, so every call runs all its steps), its
//   first token (q|k|v weights, prefill, read-back) and each further token;
// - an update step as Arm.update runs it: pi_old's forward pass (log-probs and entropy, read back),
//   then AdamW on the NFT loss of a mini-batch of (M x K) / mu rows;
// - the evaluation's entropy pass over a chunk of 256 answers.
const ws = PRESETS.workshop.settings;
const workshop = values['no-workshop'] ? undefined : await workshopParts();

async function workshopParts() {
  const { M, K } = ws.rollout;
  const prompts = createQuestionStream(DEFAULT_TASK_MIX, 3)
    .nextBatch(M)
    .flatMap((q) => new Array<string>(K).fill(q.prompt));
  const sample = (n: number) =>
    measure(read, () => generate(model, prompts, { temperature: 0, seed: 1, maxNewTokens: n }));
  await sample(3); // compiles every program once
  const [first, two, many] = [await sample(1), await sample(2), await sample(22)];
  const perToken = two.dispatches - first.dispatches;
  if (many.dispatches !== first.dispatches + 21 * perToken)
    throw new Error(
      `sampling is not linear in tokens: ${first.dispatches}, ${two.dispatches}, ${many.dispatches}`,
    );
  const rows = (M * K) / ws.mu;
  const mb = { ...batch, B: rows };
  const info = Array.from({ length: rows }, (_, i) => ({
    question: Math.floor(i / K),
    correct: i % 3 === 0,
  }));
  const loss = resolveOptions('nft', {}, { shared: true });
  const mask = () => tf.tensor2d(mb.mask.subarray(0, rows * T), [rows, T]);
  let old: { logp: tf.Tensor2D; entropy: tf.Tensor2D } | undefined;
  const piOld = await medianOf(read, 3, async () => {
    if (old) tf.dispose([old.logp, old.entropy]);
    old = tf.tidy(() => {
      const st = tokenStats(model, mb);
      return { logp: st.logp, entropy: st.entropy };
    });
    await old.entropy.data();
  });
  const nftUpdate = await medianOf(read, 3, async () => {
    const m = mask();
    let drift: tf.Scalar | undefined;
    const { loss: l, gradNorm } = trainStep(model.params, opt, () => {
      const logp = tokenStats(model, mb, false).logp;
      drift = tf.keep(meanAbsLogRatio(logp, old?.logp as tf.Tensor2D, m));
      return lossTensor('nft', loss, logp, old?.logp as tf.Tensor2D, m, info);
    });
    await Promise.all([l.data(), gradNorm.data(), drift?.data()]);
    tf.dispose([m, l, gradNorm, drift as tf.Scalar]);
  });
  if (old) tf.dispose([old.logp, old.entropy]);
  const entropyChunk = await measure(read, () => answerTokenStats(model, { ...batch, B: Math.min(256, B) }));
  return {
    samplingFirstToken: first.dispatches,
    perToken,
    sampling22: many.dispatches,
    piOld: piOld.dispatches,
    nftUpdate: nftUpdate.dispatches,
    nftUpdateUploads: nftUpdate.uploads,
    entropyChunk: entropyChunk.dispatches,
    mu: ws.mu,
    maxRounds: ws.rollout.maxRounds,
  };
}

opt.dispose();
model.dispose();
console.log(
  `RESULT ${JSON.stringify({ variant: `ours${values.unfused ? '-unfused' : ''}-${size}@${dawn}`, cfg, batch: [B, T], updateStep, leaked, decode, workshop })}`,
);
