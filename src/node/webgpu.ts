/**
 * tfjs's WebGPU backend in plain Node, for tests: Dawn from the npm package `webgpu`, on SwiftShader's
 * software Vulkan from Debian's chromium-common (PLATFORM.md). Returns false when no adapter comes up
 * (no ICD on this machine), so a caller can say why it did not run.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as tf from '@tensorflow/tfjs';

const SWIFTSHADER_ICD = '/usr/lib/chromium/vk_swiftshader_icd.json';

export async function useNodeWebGpu(): Promise<boolean> {
  if (!process.env.VK_ICD_FILENAMES && existsSync(SWIFTSHADER_ICD))
    process.env.VK_ICD_FILENAMES = SWIFTSHADER_ICD;
  const require = createRequire(import.meta.url);
  const { create, globals } = require('webgpu') as { create: (o: string[]) => unknown; globals: object };
  Object.assign(globalThis, globals);
  Object.defineProperty(globalThis, 'navigator', { value: { gpu: create([]) }, configurable: true });
  await import('@tensorflow/tfjs-backend-webgpu');
  tf.env().set('PROD', true);
  const ok = await tf.setBackend('webgpu').catch(() => false);
  if (!ok) return false;
  await tf.ready();
  tf.env().set('WEBGPU_CPU_FORWARD', false);
  return tf.getBackend() === 'webgpu';
}
