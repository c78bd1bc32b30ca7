/**
 * `npm run bench`: prints speed figures for the default model in Node (wasm and cpu backends).
 *   1. update step (gold SFT, AdamW, clipping): ms per step, tokens per second
 *   2. sampling with and without the key/value cache at the default answer length: tokens per second
 *   3. our update step against gpt-tfjs 0.0.5's at the same width, depth, heads, context and batch
 *      (on cpu: gpt-tfjs cannot train on wasm, which lacks the gradient of gather)
 * Options: --quick (fewer repetitions), --backends wasm,cpu
 */
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs';
import { goldItem, makeSequenceBatch } from '../src/engine/model/batch';
import { DEFAULT_MODEL_CONFIG } from '../src/engine/model/config';
import { generate } from '../src/engine/model/generate';
import { Gpt } from '../src/engine/model/gpt';
import { sftLoss } from '../src/engine/model/logprobs';
import { parameterCount } from '../src/engine/model/params';
import { createQuestionStream, DEFAULT_TASK_MIX } from '../src/engine/tasks';
import { AdamW, trainStep } from '../src/engine/train/optimizer';
import { type NodeBackend, useBackend } from '../src/node/backend';
import { makeGptTfjsStep } from './gpt-tfjs-step';

const { values } = parseArgs({ options: { quick: { type: 'boolean' }, backends: { type: 'string' } } });
const quick = values.quick ?? false;
const backends = (values.backends ?? 'wasm,cpu').split(',') as NodeBackend[];
const cfg = DEFAULT_MODEL_CONFIG;

async function timeIt(reps: number, warm: number, f: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < warm; i++) await f();
  const t0 = performance.now();
  for (let i = 0; i < reps; i++) await f();
  return (performance.now() - t0) / reps;
}

const questions = createQuestionStream(DEFAULT_TASK_MIX, 99).nextBatch(4096);
const meanAnswer = questions.reduce((n, q) => n + q.answer.length + 1, 0) / questions.length;
const answerLen = Math.round(meanAnswer);

console.log(`model: ${JSON.stringify(cfg)} (${parameterCount(cfg)} parameters)`);
console.log(`default task mix: mean answer length ${meanAnswer.toFixed(1)} tokens (EOS included)\n`);

async function updateStep(B: number, reps: number) {
  const model = Gpt.init(cfg, 1);
  const batch = makeSequenceBatch(
    questions.slice(0, B).map((q) => goldItem(q.prompt, q.answer)),
    cfg.contextLength,
  );
  const opt = new AdamW(model.params, { lr: 1e-3, weightDecay: 0.01, clipNorm: 1, warmupSteps: 10 });
  const ms = await timeIt(reps, 2, async () => {
    const { loss, gradNorm } = trainStep(model.params, opt, () => sftLoss(model, batch));
    await loss.data();
    tf.dispose([loss, gradNorm]);
  });
  const real = batch.ids.length - batch.ids.filter((x, i) => x === 0 && batch.targets[i] === 0).length;
  const answerTokens = batch.answerLengths.reduce((a, b) => a + b, 0);
  opt.dispose();
  model.dispose();
  return { ms, B, T: batch.T, tokS: (real / ms) * 1000, answerTokS: (answerTokens / ms) * 1000 };
}

async function sampling(n: number, useCache: boolean) {
  const model = Gpt.init(cfg, 1);
  const prompts = questions.slice(0, n).map((q) => q.prompt);
  let tokens = 0;
  const ms = await timeIt(quick ? 1 : 3, 1, async () => {
    const g = await generate(model, prompts, { temperature: 1, seed: 5, maxNewTokens: answerLen, useCache });
    tokens = g.reduce((s, x) => s + x.tokens.length, 0);
  });
  model.dispose();
  return { ms, tokens, tokS: (tokens / ms) * 1000 };
}

for (const backend of backends) {
  await useBackend(backend);
  console.log(`== backend ${backend} ==`);
  const B = backend === 'wasm' ? 128 : 32;
  const u = await updateStep(B, backend === 'wasm' ? (quick ? 3 : 10) : quick ? 1 : 3);
  console.log(
    `update step (gold SFT, batch ${u.B} x ${u.T}): ${u.ms.toFixed(1)} ms/step, ${u.tokS.toFixed(0)} tokens/s (${u.answerTokS.toFixed(0)} answer tokens/s)`,
  );
  const n = backend === 'wasm' ? 256 : 64;
  const c = await sampling(n, true);
  const p = await sampling(n, false);
  console.log(`sampling ${n} answers, up to ${answerLen} tokens at T=1:`);
  console.log(`  with KV cache    ${c.ms.toFixed(0)} ms, ${c.tokS.toFixed(0)} tokens/s`);
  console.log(`  without cache    ${p.ms.toFixed(0)} ms, ${p.tokS.toFixed(0)} tokens/s`);
  console.log(`  cache speed-up   ${(p.ms / c.ms).toFixed(2)}x`);
  console.log('');
}

console.log('== against gpt-tfjs 0.0.5 (same width, depth, heads, context and batch) ==');
for (const backend of ['cpu', 'wasm'] as NodeBackend[]) {
  await useBackend(backend);
  const B = 16;
  const batch = makeSequenceBatch(
    questions.slice(0, B).map((q) => goldItem(q.prompt, q.answer)),
    cfg.contextLength,
  );
  const reps = backend === 'cpu' ? (quick ? 1 : 3) : quick ? 3 : 10;
  let theirs: number | string;
  try {
    const g = makeGptTfjsStep(cfg, batch.ids, batch.targets, batch.B, batch.T);
    theirs = await timeIt(reps, 1, g.step);
    g.dispose();
  } catch (e) {
    theirs = `cannot train: ${(e as Error).message.split('\n')[0]}`;
  }
  const model = Gpt.init(cfg, 1);
  const opt = new AdamW(model.params, { lr: 1e-3, clipNorm: 1 });
  const ours = await timeIt(reps, 1, async () => {
    const { loss, gradNorm } = trainStep(model.params, opt, () => sftLoss(model, batch));
    await loss.data();
    tf.dispose([loss, gradNorm]);
  });
  opt.dispose();
  model.dispose();
  const line =
    typeof theirs === 'number'
      ? `gpt-tfjs ${theirs.toFixed(1)} ms/step, ours ${ours.toFixed(1)} ms/step: ours/theirs = ${(ours / theirs).toFixed(3)} (${(theirs / ours).toFixed(1)}x faster)`
      : `gpt-tfjs ${theirs}; ours ${ours.toFixed(1)} ms/step`;
  console.log(`${backend}, batch ${batch.B} x ${batch.T}: ${line}`);
}
