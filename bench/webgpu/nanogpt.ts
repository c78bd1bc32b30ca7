/**
 * One child of `npm run bench:webgpu`: GenAI NanoGPT 1.3.0 (`@genai-fi/nanogpt`, dev dependency), its
 * BasicTrainer.trainStep at NanoGPT's size (2 layers, 4 heads, width 128, context 32, batch 128 x 32)
 * on tfjs's WebGPU backend through Dawn. It runs in a process of its own: NanoGPT bundles its own
 * tfjs-core, which would share tfjs's global engine with ours. Prints `RESULT {json}`.
 *   --dawn null|swiftshader, --reps N, --warmup N (untimed steps first, default 10), --vocab V (default:
 *   ours), --batch B (default 128)
 *
 * NanoGPT's dist is a browser build: in Node it needs a WorkerGlobalScope to pick tfjs's browser
 * platform; BasicTrainer is not a public export, so it is imported by its file.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { VOCAB_SIZE } from '../../src/engine/tokenizer';
import { installCounters, measure, median } from './counters';

const { values } = parseArgs({
  options: {
    dawn: { type: 'string' },
    reps: { type: 'string' },
    warmup: { type: 'string' },
    vocab: { type: 'string' },
    batch: { type: 'string' },
  },
});
const dawn = values.dawn ?? 'null';
const reps = Number(values.reps ?? 10);
const warmup = Number(values.warmup ?? 10);
const V = Number(values.vocab ?? VOCAB_SIZE);
const [B, T, L, H, D] = [Number(values.batch ?? 128), 32, 2, 4, 128];

const ICD = '/usr/lib/chromium/vk_swiftshader_icd.json';
if (dawn !== 'null' && !process.env.VK_ICD_FILENAMES && existsSync(ICD)) process.env.VK_ICD_FILENAMES = ICD;
const require = createRequire(import.meta.url);
const { create, globals } = require('webgpu') as { create: (o: string[]) => unknown; globals: object };
Object.assign(globalThis, globals);
Object.defineProperty(globalThis, 'navigator', {
  value: { gpu: create(dawn === 'null' ? ['backend=null'] : []) },
  configurable: true,
});
const g = globalThis as Record<string, unknown>;
if (g.WorkerGlobalScope === undefined) g.WorkerGlobalScope = class WorkerGlobalScope {};

// biome-ignore lint/suspicious/noExplicitAny: NanoGPT's browser build has no types for these internals
type Any = any;
const ng: Any = await import('@genai-fi/nanogpt');
const trainerFile = resolve('node_modules/@genai-fi/nanogpt/dist/training/BasicTrainer.js');
const BasicTrainer: Any = (await import(pathToFileURL(trainerFile).href)).default;
await ng.TeachableLLM.selectBackend('webgpu');
const E: Any = g._tfengine;
E.ENV.set('WEBGPU_CPU_FORWARD', false);
const read = installCounters(E);

const config = {
  modelType: 'GenAI_NanoGPT_v2',
  vocabSize: V,
  blockSize: T,
  nLayer: L,
  nHead: H,
  nEmbed: D,
  mlpFactor: 4,
};
const model = new ng.models.NanoGPTV2(config);
const trainer = new BasicTrainer(model, null, { learningRate: 1e-3, warmupSteps: 0 });
trainer.configure({
  method: { type: 'pretraining' },
  batchSize: B,
  learningRate: 1e-3,
  mixedPrecision: false,
  gradientCheckpointing: false,
});
await trainer.dummyPass();
let s = 7;
const rnd = () => {
  s = (s * 1103515245 + 12345) % 2147483648;
  return s / 2147483648;
};
const tok = Int32Array.from({ length: B * T }, () => Math.floor(rnd() * V));
const tgt = Int32Array.from({ length: B * T }, (_, i) => (i % T === T - 1 ? tok[i] : tok[i + 1]));
const xs = E.makeTensor(tok, [B, T], 'int32');
const ys = E.makeTensor(tgt, [B, T], 'int32');
const step = async () => {
  const loss = trainer.trainStep({}, { xs, ys });
  await loss.data();
  loss.dispose();
};
for (let i = 0; i < warmup; i++) await step();
const runs = [];
for (let i = 0; i < reps; i++) runs.push(await measure(read, step));
const updateStep = {
  dispatches: runs[0].dispatches,
  uploads: runs[0].uploads,
  ms: median(runs.map((r) => r.ms)),
  cpuMs: median(runs.map((r) => r.cpuMs)),
};
console.log(
  `RESULT ${JSON.stringify({ variant: `nanogpt-1.3.0@${dawn}`, config, batch: [B, T], updateStep })}`,
);
process.exit(0);
