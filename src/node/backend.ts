/**
 * Backends for Node (CLI, tests, benchmarks): wasm (the default: fast and deterministic) or cpu.
 * WebGPU in Node is opt-in through the `webgpu` package (PLATFORM.md) and not set up here.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';

export type NodeBackend = 'wasm' | 'cpu';

export async function useBackend(name: NodeBackend): Promise<void> {
  // Production mode: no debug checks, and no banner advertising tfjs-node (which cannot install here).
  tf.env().set('PROD', true);
  const ok = await tf.setBackend(name);
  await tf.ready();
  if (!ok || tf.getBackend() !== name) {
    throw new Error(`backend ${name} did not start (running ${tf.getBackend()})`);
  }
}

export function parseBackend(s: string | undefined, fallback: NodeBackend = 'wasm'): NodeBackend {
  if (s === undefined) return fallback;
  if (s === 'wasm' || s === 'cpu') return s;
  throw new Error(`backend must be wasm or cpu, not ${JSON.stringify(s)}`);
}
