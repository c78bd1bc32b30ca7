/**
 * The shape of the workshop preset's work, as the shipped base model samples it (wasm, Node): for a
 * few seeds and iterations, how many sampling rounds the dynamic-sampling filter needs and how many
 * token steps each round's generate call runs (its longest answer, EOS included), and the same for the
 * held-out evaluation's chunks of 256 answers (greedy, then k sampled). bench/webgpu.ts multiplies these
 * by the dispatches measured per part on Dawn (bench/webgpu/ours.ts). No training between iterations:
 * the rounds of a training run come from `cli experiment`'s `drawn` column (docs/benchmarks.md).
 * Prints one line `SHAPE {json}`.  --seeds 1,2,3  --iterations N (default 4)
 */
import { parseArgs } from 'node:util';
import { generate } from '../../src/engine/model/generate';
import { createQuestionStream, makeEvalSet, verify } from '../../src/engine/tasks';
import { PRESETS } from '../../src/engine/train/presets';
import { samplingSeed } from '../../src/engine/train/rollout';
import { useBackend } from '../../src/node/backend';
import { loadCheckpoint } from '../../src/node/checkpoint-fs';

const { values } = parseArgs({ options: { seeds: { type: 'string' }, iterations: { type: 'string' } } });
const seeds = (values.seeds ?? '1,2,3').split(',').map(Number);
const iterations = Number(values.iterations ?? 4);
await useBackend('wasm');
const { model, meta } = await loadCheckpoint('public/models/base');
const mix = meta.tasks.mix;
const ws = PRESETS.workshop.settings;
const { M, K, maxRounds, temperature } = ws.rollout;
const steps = (gens: { tokens: number[] }[]) => Math.max(...gens.map((g) => g.tokens.length));

/** collectRollout's loop (rollout.ts), recording each round's token steps. */
async function rounds(seed: number, iteration: number, stream: ReturnType<typeof createQuestionStream>) {
  const out: number[] = [];
  let kept = 0;
  while (kept < M && out.length < maxRounds) {
    const questions = stream.nextBatch(M);
    const gens = await generate(
      model,
      questions.flatMap((q) => new Array<string>(K).fill(q.prompt)),
      { temperature, seed: samplingSeed(seed, iteration, out.length) },
    );
    out.push(steps(gens));
    questions.forEach((q, i) => {
      const right = gens
        .slice(i * K, (i + 1) * K)
        .filter((g) => verify(q, g.text, g.truncated).correct).length;
      if (kept < M && right > 0 && right < K) kept += 1;
    });
  }
  return out;
}

const iterationsOut = [];
for (const seed of seeds) {
  const stream = createQuestionStream(mix, seed);
  for (let it = 0; it < iterations; it++)
    iterationsOut.push({ seed, iteration: it, steps: await rounds(seed, it, stream) });
}

// evaluateArm's chunks (evaluate.ts answerAll): 256 answers each, greedy then k sampled per question
const evalSet = makeEvalSet(mix, ws.eval.seed, ws.eval.perLevel);
const chunkSteps = async (k: number, t: number) => {
  const flat = evalSet.flatMap((q) => new Array<string>(k).fill(q.prompt));
  const out = [];
  for (let i = 0; i < flat.length; i += 256)
    out.push(
      steps(await generate(model, flat.slice(i, i + 256), { temperature: t, seed: ws.eval.seed + i })),
    );
  return out;
};
const evaluation = {
  questions: evalSet.length,
  k: ws.eval.k,
  greedy: await chunkSteps(1, 0),
  sampled: await chunkSteps(ws.eval.k, temperature),
};
console.log(`SHAPE ${JSON.stringify({ iterations: iterationsOut, evaluation })}`);
