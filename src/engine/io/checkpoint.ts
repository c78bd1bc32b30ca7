/**
 * Checkpoints in the tfjs weights format: a model.json whose `weightsManifest` lists binary shards of
 * little-endian float32 weights (the layout tf.io reads), plus our metadata under
 * `userDefinedMetadata.nftPlayground`: the model config, tokenizer, task settings and how it was made.
 *
 * Loading treats the file as untrusted: every field is checked, names and shapes must match the
 * config, and the shards must hold exactly the bytes the manifest announces.
 */
import type { ModelConfig } from '../model/config';
import { validateModelConfig } from '../model/config';
import { Gpt } from '../model/gpt';
import { makeParams, paramSpecs } from '../model/params';
import type { TaskMix } from '../tasks';
import { assertSameTokenizer, type TokenizerSpec } from '../tokenizer';

export const CHECKPOINT_FORMAT = 'nft-playground/gpt@1';
const SHARD_BYTES = 4 * 1024 * 1024;

export interface TrainingRecord {
  command: string;
  seed: number;
  steps: number;
  backend: string;
  /** Held-out greedy accuracy overall and per level, in [0, 1]. */
  accuracy?: number;
  perLevel?: Record<string, number>;
  [key: string]: unknown;
}

export interface CheckpointMeta {
  format: typeof CHECKPOINT_FORMAT;
  model: ModelConfig;
  tokenizer: TokenizerSpec;
  tasks: { mix: TaskMix; heldOutModulus: number };
  training?: TrainingRecord;
}

interface WeightSpec {
  name: string;
  shape: number[];
  dtype: 'float32';
}

export interface SerializedCheckpoint {
  modelJson: {
    format: string;
    generatedBy: string;
    modelTopology: null;
    weightsManifest: { paths: string[]; weights: WeightSpec[] }[];
    userDefinedMetadata: { nftPlayground: CheckpointMeta };
  };
  shards: { path: string; data: Uint8Array }[];
}

export async function serializeCheckpoint(model: Gpt, meta: CheckpointMeta): Promise<SerializedCheckpoint> {
  const values = await model.values();
  const specs = paramSpecs(model.config);
  const total = specs.reduce((n, s) => n + (values.get(s.name)?.length ?? 0), 0);
  const all = new Float32Array(total);
  let off = 0;
  for (const s of specs) {
    const v = values.get(s.name) as Float32Array;
    all.set(v, off);
    off += v.length;
  }
  const bytes = new Uint8Array(all.buffer);
  const shards: { path: string; data: Uint8Array }[] = [];
  const n = Math.max(1, Math.ceil(bytes.length / SHARD_BYTES));
  for (let i = 0; i < n; i++) {
    shards.push({
      path: `group1-shard${i + 1}of${n}.bin`,
      data: bytes.slice(i * SHARD_BYTES, Math.min(bytes.length, (i + 1) * SHARD_BYTES)),
    });
  }
  return {
    modelJson: {
      format: 'layers-model-weights',
      generatedBy: CHECKPOINT_FORMAT,
      modelTopology: null,
      weightsManifest: [
        {
          paths: shards.map((s) => s.path),
          weights: specs.map((s) => ({ name: s.name, shape: s.shape, dtype: 'float32' })),
        },
      ],
      userDefinedMetadata: { nftPlayground: meta },
    },
    shards,
  };
}

function fail(msg: string): never {
  throw new Error(`checkpoint: ${msg}`);
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Checks model.json's metadata; returns it typed. */
export function parseMeta(json: unknown): CheckpointMeta {
  if (!isObject(json)) fail('model.json is not a JSON object');
  const udm = json.userDefinedMetadata;
  if (!isObject(udm) || !isObject(udm.nftPlayground)) fail('no userDefinedMetadata.nftPlayground section');
  const meta = udm.nftPlayground;
  if (meta.format !== CHECKPOINT_FORMAT) fail(`format ${String(meta.format)} is not ${CHECKPOINT_FORMAT}`);
  if (!isObject(meta.model)) fail('no model config');
  const problems = validateModelConfig(meta.model as unknown as ModelConfig);
  if (problems.length > 0) fail(`bad model config: ${problems.join('; ')}`);
  if (!isObject(meta.tokenizer)) fail('no tokenizer spec');
  assertSameTokenizer(meta.tokenizer as unknown as TokenizerSpec);
  if (!isObject(meta.tasks) || !Array.isArray(meta.tasks.mix)) fail('no task settings');
  return meta as unknown as CheckpointMeta;
}

/** Rebuilds the model from model.json and a shard reader (fetch in the browser, fs in Node). */
export async function parseCheckpoint(
  json: unknown,
  readShard: (path: string) => Promise<ArrayBuffer>,
): Promise<{ model: Gpt; meta: CheckpointMeta }> {
  const meta = parseMeta(json);
  const manifest = (json as { weightsManifest?: unknown }).weightsManifest;
  if (!Array.isArray(manifest) || manifest.length === 0) fail('no weightsManifest');
  const expected = new Map(paramSpecs(meta.model).map((s) => [s.name, s.shape]));
  const values = new Map<string, Float32Array>();
  for (const group of manifest) {
    if (!isObject(group) || !Array.isArray(group.paths) || !Array.isArray(group.weights))
      fail('bad manifest group');
    const paths = group.paths as unknown[];
    if (!paths.every((p) => typeof p === 'string' && /^[\w.-]+$/.test(p))) fail('bad shard path');
    const buffers = await Promise.all((paths as string[]).map(readShard));
    const joined = new Uint8Array(buffers.reduce((n, b) => n + b.byteLength, 0));
    let at = 0;
    for (const b of buffers) {
      joined.set(new Uint8Array(b), at);
      at += b.byteLength;
    }
    let off = 0;
    for (const w of group.weights as unknown[]) {
      if (!isObject(w) || typeof w.name !== 'string' || !Array.isArray(w.shape)) fail('bad weight spec');
      if (w.dtype !== 'float32') fail(`${w.name}: dtype ${String(w.dtype)} is not float32`);
      const shape = expected.get(w.name);
      if (!shape) fail(`unexpected weight ${w.name}`);
      if (JSON.stringify(shape) !== JSON.stringify(w.shape))
        fail(`${w.name}: shape does not match the config`);
      const size = shape.reduce((a, b) => a * b, 1);
      if (off + size * 4 > joined.length) fail('shards are shorter than the manifest says');
      values.set(w.name, new Float32Array(joined.slice(off, off + size * 4).buffer));
      off += size * 4;
    }
    if (off !== joined.length) fail('shards are longer than the manifest says');
  }
  return { model: new Gpt(meta.model, makeParams(meta.model, values)), meta };
}

/** Browser (or any fetch) loader: shard paths are relative to model.json's URL. */
export async function loadCheckpointFromUrl(
  url: string,
  fetchFn: typeof fetch = fetch,
): Promise<{ model: Gpt; meta: CheckpointMeta }> {
  const res = await fetchFn(url);
  if (!res.ok) fail(`could not load ${url}: HTTP ${res.status}`);
  const json: unknown = await res.json();
  const base = new URL('.', new URL(url, globalThis.location?.href ?? 'http://localhost/'));
  return parseCheckpoint(json, async (path) => {
    const r = await fetchFn(new URL(path, base).toString());
    if (!r.ok) fail(`could not load shard ${path}: HTTP ${r.status}`);
    return r.arrayBuffer();
  });
}
