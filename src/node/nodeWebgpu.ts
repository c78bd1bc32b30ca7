/**
 * tfjs's WebGPU backend in plain Node, for tests and benchmarks: Dawn from the npm package `webgpu`, on
 * SwiftShader's software Vulkan from Debian's chromium-common (PLATFORM.md), or on Dawn's null backend
 * (`dawnOptions: ['backend=null']`: every command is accepted and no GPU work runs, so a benchmark sees
 * the host's cost alone). Returns false when no adapter comes up (no ICD on this machine), so a caller
 * can say why it did not run.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as tf from '@tensorflow/tfjs';

const SWIFTSHADER_ICD = '/usr/lib/chromium/vk_swiftshader_icd.json';

/** Dawn's instance, made once per process: a second one would free the first under tfjs's device. */
let gpu: { options: string; instance: unknown } | undefined;

export async function useNodeWebGpu(dawnOptions: string[] = []): Promise<boolean> {
  if (!process.env.VK_ICD_FILENAMES && existsSync(SWIFTSHADER_ICD))
    process.env.VK_ICD_FILENAMES = SWIFTSHADER_ICD;
  const require = createRequire(import.meta.url);
  const { create, globals } = require('webgpu') as { create: (o: string[]) => unknown; globals: object };
  const options = dawnOptions.join(' ');
  if (gpu && gpu.options !== options) throw new Error(`Dawn already runs with options '${gpu.options}'`);
  if (!gpu) {
    Object.assign(globalThis, globals);
    gpu = { options, instance: create(dawnOptions) };
    Object.defineProperty(globalThis, 'navigator', { value: { gpu: gpu.instance }, configurable: true });
  }
  await import('@tensorflow/tfjs-backend-webgpu');
  tf.env().set('PROD', true);
  const ok = await tf.setBackend('webgpu').catch(() => false);
  if (!ok) return false;
  await tf.ready();
  tf.env().set('WEBGPU_CPU_FORWARD', false);
  return tf.getBackend() === 'webgpu';
}
