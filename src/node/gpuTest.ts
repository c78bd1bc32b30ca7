/**
 * Helpers for the kernels' tests (not used by the app): WebGPU through Dawn + SwiftShader in Node, and
 * comparing a fused kernel's output with the unfused tfjs ops on the same backend.
 */
import * as tf from '@tensorflow/tfjs';
import { setFusedKernels } from '../engine/kernels/webgpu';
import { useNodeWebGpu } from './nodeWebgpu';

/** True when WebGPU runs; in CI a missing adapter is an error, elsewhere the caller skips. */
export async function startWebGpu(): Promise<boolean> {
  const ok = await useNodeWebGpu();
  if (!ok && process.env.CI) throw new Error('no WebGPU adapter in CI: is chromium-common installed?');
  return ok && tf.getBackend() === 'webgpu';
}

/** f's result (a tensor or several) with fusion on or off, read back as arrays. */
export async function runWith(fused: boolean, f: () => tf.Tensor | tf.Tensor[]): Promise<Float32Array[]> {
  setFusedKernels(fused);
  try {
    const out = tf.tidy(f);
    const list = Array.isArray(out) ? out : [out];
    const values = await Promise.all(list.map(async (t) => (await t.data()) as Float32Array));
    tf.dispose(list);
    return values;
  } finally {
    setFusedKernels(true);
  }
}

/** max |a - b| / max |b| (0 when both are all zeros). */
export function relError(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  let num = 0;
  let den = 0;
  for (let i = 0; i < a.length; i++) {
    num = Math.max(num, Math.abs(a[i] - b[i]));
    den = Math.max(den, Math.abs(b[i]));
  }
  if (Number.isNaN(num)) return Number.POSITIVE_INFINITY;
  return den === 0 ? num : num / den;
}

/** Seeded values in [-scale, scale). */
export function seeded(n: number, seed: number, scale = 1): Float32Array {
  const out = new Float32Array(n);
  let s = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    out[i] = ((s / 4294967296) * 2 - 1) * scale;
  }
  return out;
}
