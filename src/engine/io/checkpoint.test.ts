import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../../node/backend';
import { loadCheckpoint, saveCheckpoint } from '../../node/checkpoint-fs';
import { DEFAULT_MODEL_CONFIG } from '../model/config';
import { generate } from '../model/generate';
import { Gpt } from '../model/gpt';
import { DEFAULT_TASK_MIX, HELD_OUT_MODULUS } from '../tasks';
import { TOKENIZER_SPEC } from '../tokenizer';
import {
  CHECKPOINT_FORMAT,
  type CheckpointMeta,
  loadCheckpointFromUrl,
  parseCheckpoint,
  serializeCheckpoint,
} from './checkpoint';

const META: CheckpointMeta = {
  format: CHECKPOINT_FORMAT,
  model: DEFAULT_MODEL_CONFIG,
  tokenizer: TOKENIZER_SPEC,
  tasks: { mix: DEFAULT_TASK_MIX, heldOutModulus: HELD_OUT_MODULUS },
  training: { command: 'test', seed: 7, steps: 0, backend: 'wasm', accuracy: 0.25 },
};

let dir = '';
beforeAll(async () => {
  await useBackend('wasm');
  dir = await mkdtemp(join(tmpdir(), 'nft-ckpt-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('checkpoints', () => {
  it('round-trips weights, metadata and behaviour through disk', async () => {
    const m = Gpt.init(DEFAULT_MODEL_CONFIG, 7);
    await saveCheckpoint(dir, m, META);
    const { model, meta } = await loadCheckpoint(dir);
    expect(meta).toEqual(META);
    const [a, b] = [await m.values(), await model.values()];
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [k, v] of a) expect(b.get(k)).toEqual(v);
    const opts = { temperature: 1, seed: 3 };
    const g1 = await generate(m, ['12+34=', '5*6='], opts);
    const g2 = await generate(model, ['12+34=', '5*6='], opts);
    expect(g2.map((g) => g.text)).toEqual(g1.map((g) => g.text));
    const json = JSON.parse(await readFile(join(dir, 'model.json'), 'utf8'));
    expect(json.weightsManifest[0].weights[0]).toEqual({ name: 'wte', shape: [17, 64], dtype: 'float32' });
    m.dispose();
    model.dispose();
  });

  it('loads over fetch with shard paths relative to model.json', async () => {
    const m = Gpt.init(DEFAULT_MODEL_CONFIG, 8);
    const { modelJson, shards } = await serializeCheckpoint(m, META);
    const files = new Map<string, unknown>([['http://x/models/base/model.json', modelJson]]);
    for (const s of shards) files.set(`http://x/models/base/${s.path}`, s.data);
    const fakeFetch = (async (u: string) => {
      const body = files.get(u);
      if (body === undefined) return new Response(null, { status: 404 });
      return new Response(
        body instanceof Uint8Array ? new Blob([body as Uint8Array<ArrayBuffer>]) : JSON.stringify(body),
      );
    }) as typeof fetch;
    const { model } = await loadCheckpointFromUrl('http://x/models/base/model.json', fakeFetch);
    expect((await model.values()).get('head.b')).toEqual((await m.values()).get('head.b'));
    await expect(loadCheckpointFromUrl('http://x/missing/model.json', fakeFetch)).rejects.toThrow(/HTTP 404/);
    m.dispose();
    model.dispose();
  });

  it('refuses corrupt or hostile files with a clear message', async () => {
    const m = Gpt.init(DEFAULT_MODEL_CONFIG, 9);
    const { modelJson, shards } = await serializeCheckpoint(m, META);
    const bytes = shards[0].data;
    const read = async () => bytes.slice().buffer;
    const clone = () => JSON.parse(JSON.stringify(modelJson));
    await expect(parseCheckpoint(null, read)).rejects.toThrow(/not a JSON object/);
    const badFormat = clone();
    badFormat.userDefinedMetadata.nftPlayground.format = 'other';
    await expect(parseCheckpoint(badFormat, read)).rejects.toThrow(/format/);
    const huge = clone();
    huge.userDefinedMetadata.nftPlayground.model.width = 1e9;
    await expect(parseCheckpoint(huge, read)).rejects.toThrow(/width/);
    const badShape = clone();
    badShape.weightsManifest[0].weights[0].shape = [17, 65];
    await expect(parseCheckpoint(badShape, read)).rejects.toThrow(/shape/);
    const traversal = clone();
    traversal.weightsManifest[0].paths = ['../../etc/passwd'];
    await expect(parseCheckpoint(traversal, read)).rejects.toThrow(/shard path/);
    await expect(parseCheckpoint(clone(), async () => bytes.slice(0, 100).buffer)).rejects.toThrow(/shorter/);
    const missing = clone();
    missing.weightsManifest[0].weights.pop();
    await expect(parseCheckpoint(missing, read)).rejects.toThrow(/longer|missing/);
    await writeFile(join(dir, 'model.json'), '{not json');
    await expect(loadCheckpoint(dir)).rejects.toThrow(/cannot read/);
    m.dispose();
  });
});
