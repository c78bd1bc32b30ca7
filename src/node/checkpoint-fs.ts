/** Saving and loading checkpoints on disk (Node: CLI, tests, benchmarks). */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type CheckpointMeta, parseCheckpoint, serializeCheckpoint } from '../engine/io/checkpoint';
import type { Gpt } from '../engine/model/gpt';

/** Writes model.json and its shards into `dir`. */
export async function saveCheckpoint(dir: string, model: Gpt, meta: CheckpointMeta): Promise<string> {
  const { modelJson, shards } = await serializeCheckpoint(model, meta);
  await mkdir(dir, { recursive: true });
  for (const s of shards) await writeFile(join(dir, s.path), s.data);
  const path = join(dir, 'model.json');
  await writeFile(path, `${JSON.stringify(modelJson, null, 2)}\n`);
  return path;
}

/** Loads a checkpoint from a model.json path (or the folder holding it). */
export async function loadCheckpoint(path: string): Promise<{ model: Gpt; meta: CheckpointMeta }> {
  const file = path.endsWith('.json') ? path : join(path, 'model.json');
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    throw new Error(`checkpoint: cannot read ${file}: ${(e as Error).message}`);
  }
  return parseCheckpoint(json, async (p) => {
    const buf = await readFile(join(dirname(file), p));
    return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
  });
}
