/**
 * `npm run bench:webgpu`: what one update step, one decode step and one workshop iteration ask of the
 * GPU through tfjs's WebGPU backend in Node (Dawn), for our default model and at GenAI NanoGPT's size
 * (2 layers, 4 heads, width 128, context 32, batch 128 x 32), beside NanoGPT 1.3.0's own
 * BasicTrainer.trainStep at that size, in the same run. A measurement, not a test.
 *
 * On Dawn's null backend (every command accepted, no GPU work: the host's cost alone) and on
 * SwiftShader (software Vulkan: the GPU work is CPU work too). Each variant runs in a child process
 * (bench/webgpu/ours.ts, bench/webgpu/nanogpt.ts); "unfused" is our engine with its WebGPU kernels off
 * (tfjs ops throughout, as before them). Dispatches: dispatchWorkgroups calls; uploads: buffers created
 * mapped plus writeBuffer calls outside the per-dispatch uniforms (counters.ts). Host ms is wall time,
 * CPU ms the process's CPU time (the host's own cost, whatever else wants the cores), medians after 10
 * untimed steps.
 *
 * Options: --dawn null,swiftshader (default both), --reps N (timed update steps; default 10 on null,
 * 2 on SwiftShader), --rounds N (times the ours / NanoGPT pair runs on null, alternating; default 2),
 * --ss-batch B (rows of the update and decode steps on SwiftShader, default 16: the GPU's work is CPU
 * work there; the counts do not depend on it, and the workshop iteration is counted on null only).
 * The workshop iteration: the dispatches of each part (a generate call's first token and each further
 * token, pi_old's forward pass, an NFT update step, an entropy chunk) times the shape of the preset's work
 * on the base model (bench/webgpu/shape.ts on wasm: sampling rounds and token steps per round for
 * --iterations N (default 4) iterations of seeds 1-3, and the evaluation's chunks); --shape FILE reads a
 * saved `SHAPE {json}` line instead of running it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { GPU_BATCHES } from '../src/engine/train/evaluate';

const { values } = parseArgs({
  options: {
    dawn: { type: 'string' },
    reps: { type: 'string' },
    rounds: { type: 'string' },
    'ss-batch': { type: 'string' },
    shape: { type: 'string' },
    iterations: { type: 'string' },
  },
});
const dawns = (values.dawn ?? 'null,swiftshader').split(',');
const rounds = Number(values.rounds ?? 2);

interface Counted {
  dispatches: number;
  uploads: number;
  ms: number;
  cpuMs: number;
}
interface WorkshopParts {
  samplingFirstToken: number;
  perToken: number;
  piOld: number;
  nftUpdate: number;
  entropyChunk: number;
  mu: number;
  maxRounds: number;
}
interface Result {
  variant: string;
  updateStep: Counted;
  decode?: Counted;
  workshop?: WorkshopParts;
}
interface Shape {
  iterations: { seed: number; iteration: number; steps: number[] }[];
  evaluation: { questions: number; k: number; greedy: number[]; sampled: number[] };
}

function child(file: string, args: string[]): Result | undefined {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', resolve(file), ...args], {
    encoding: 'utf8',
    timeout: 900_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = r.stdout?.split('\n').find((l) => l.startsWith('RESULT '));
  if (!line) {
    console.log(
      `  ${file} ${args.join(' ')}: no result (exit ${r.status} ${r.signal ?? ''})\n${r.stderr?.slice(-2000)}`,
    );
    return undefined;
  }
  const res = JSON.parse(line.slice('RESULT '.length)) as Result;
  console.log(`  ran ${res.variant} in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  return res;
}

const f1 = (x: number) => x.toFixed(1);
const row = (r: Result) =>
  [
    r.variant.padEnd(30),
    String(r.updateStep.dispatches).padStart(6),
    String(r.updateStep.uploads).padStart(6),
    f1(r.updateStep.ms).padStart(9),
    f1(r.updateStep.cpuMs).padStart(8),
    (r.decode ? String(r.decode.dispatches) : '-').padStart(7),
    (r.decode ? f1(r.decode.ms) : '-').padStart(9),
    (r.workshop ? String(r.workshop.samplingFirstToken + 21 * r.workshop.perToken) : '-').padStart(9),
  ].join(' | ');

/** The shape of the workshop preset's work on the base model (bench/webgpu/shape.ts, wasm). */
function readShape(): Shape | undefined {
  if (values.shape) return JSON.parse(readFileSync(values.shape, 'utf8').split('SHAPE ')[1]) as Shape;
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', resolve('bench/webgpu/shape.ts'), '--iterations', values.iterations ?? '4'],
    { encoding: 'utf8', timeout: 1_800_000 },
  );
  const line = r.stdout?.split('\n').find((l) => l.startsWith('SHAPE '));
  if (!line) console.log(`  bench/webgpu/shape.ts: no result (exit ${r.status})\n${r.stderr?.slice(-2000)}`);
  return line ? (JSON.parse(line.slice('SHAPE '.length)) as Shape) : undefined;
}

/** Dispatches of each workshop iteration and of one evaluation, from the measured parts and the shape. */
function printWorkshop(r: Result, shape: Shape) {
  const w = r.workshop as WorkshopParts;
  const call = (steps: number) => w.samplingFirstToken + (steps - 1) * w.perToken;
  const update = w.mu * (w.piOld + w.nftUpdate);
  console.log(
    `\n${r.variant}: a generate call ${w.samplingFirstToken} dispatches for its first token (q|k|v weights, prefill) + ${w.perToken} per further token; an update step ${w.piOld} (pi_old) + ${w.nftUpdate} (NFT loss, AdamW), x ${w.mu}`,
  );
  console.log(
    'seed | iteration | rounds | token steps per round | dispatches: sampling + updates = iteration',
  );
  const totals: number[] = [];
  for (const it of shape.iterations) {
    const sampling = it.steps.reduce((a, s) => a + call(s), 0);
    totals.push(sampling + update);
    console.log(
      `${it.seed} | ${it.iteration} | ${it.steps.length} | ${it.steps.join(', ')} | ${sampling} + ${update} = ${sampling + update}`,
    );
  }
  const worst = Math.max(...shape.iterations.flatMap((i) => i.steps));
  const byRounds = [1, 2, 3, 4].map((n) => `${n} rounds ${n * call(worst) + update}`);
  console.log(
    `iterations <= 2,000 dispatches: ${totals.filter((t) => t <= 2000).length} of ${totals.length} (min ${Math.min(...totals)}, max ${Math.max(...totals)}); every round at the longest seen (${worst} steps): ${byRounds.join(', ')}`,
  );
  const e = shape.evaluation;
  // unfused: a generate call per batch of 256 answers; fused (WebGPU): GPU_BATCHES batches a call,
  // each call as long as its longest batch (evaluate.ts)
  const per = r.variant.includes('unfused') ? 1 : GPU_BATCHES;
  const calls = (steps: number[]) =>
    Array.from({ length: Math.ceil(steps.length / per) }, (_, c) =>
      Math.max(...steps.slice(c * per, (c + 1) * per)),
    );
  const [g, sm] = [calls(e.greedy), calls(e.sampled)];
  const entropyChunks = Math.ceil((e.questions * e.k) / (256 * per));
  const greedy = g.reduce((a, s) => a + call(s), 0);
  const sampled = sm.reduce((a, s) => a + call(s), 0);
  console.log(
    `evaluation (${e.questions} questions, every evalEvery-th iteration): greedy ${g.length} calls (steps ${g.join(', ')}) ${greedy} + sampled ${sm.length} calls (steps ${sm.join(', ')}) ${sampled} + entropy ${entropyChunks} x ${w.entropyChunk} = ${greedy + sampled + entropyChunks * w.entropyChunk} dispatches`,
  );
}

const all: Result[] = [];
for (const dawn of dawns) {
  const reps = values.reps ?? (dawn === 'null' ? '10' : '2');
  const small = dawn === 'null' ? [] : ['--batch', values['ss-batch'] ?? '16', '--no-workshop'];
  const ours = (size: string, unfused: boolean) =>
    child('bench/webgpu/ours.ts', [
      '--dawn',
      dawn,
      '--size',
      size,
      '--reps',
      reps,
      ...small,
      ...(unfused ? ['--unfused'] : []),
    ]);
  console.log(`== Dawn ${dawn}, batch ${small.length ? small[1] : 128} x 32 ==`);
  // unfused at NanoGPT's size outgrows the null device's memory budget: on SwiftShader only
  const results: (Result | undefined)[] = [ours('default', true), ours('default', false)];
  if (dawn !== 'null') results.push(ours('nanogpt', true));
  const pairs: [Result | undefined, Result | undefined][] = [];
  for (let r = 0; r < (dawn === 'null' ? rounds : 1); r++) {
    const pair: [Result | undefined, Result | undefined] = [
      ours('nanogpt', false),
      child('bench/webgpu/nanogpt.ts', ['--dawn', dawn, '--reps', reps, ...small.slice(0, 2)]),
    ];
    pairs.push(pair);
    results.push(...pair);
  }
  all.push(...results.filter((r): r is Result => r !== undefined));
  console.log(
    `\nvariant                        | update: dispatches | uploads | host ms | CPU ms | decode: dispatches | host ms | a sampling round of 22 tokens: dispatches`,
  );
  for (const r of results) if (r) console.log(row(r));
  if (dawn === 'null') {
    const shape = readShape();
    for (const r of results)
      if (r?.workshop && r.variant.includes('-default') && shape) printWorkshop(r, shape);
  }
  for (const [i, [o, n]] of pairs.entries()) {
    if (!o || !n) continue;
    console.log(
      `ratio ours / NanoGPT at its size, round ${i + 1}: host ms ${(o.updateStep.ms / n.updateStep.ms).toFixed(2)}, CPU ms ${(o.updateStep.cpuMs / n.updateStep.cpuMs).toFixed(2)}, dispatches ${(o.updateStep.dispatches / n.updateStep.dispatches).toFixed(2)}, uploads ${(o.updateStep.uploads / n.updateStep.uploads).toFixed(2)}`,
    );
  }
  console.log('');
}
