/**
 * Starting one tfjs backend in a worker, with the reason when it does not start.
 *
 * tf.setBackend resolves to false (it does not throw) when a backend cannot start, and tfjs reports the
 * cause only through console.warn: both are checked, and the warning text becomes the reason.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-webgpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmPlainUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import type { BackendAttempt, BackendName } from './protocol';
import { prepareWasmThreads } from './wasmThreads';
import { webgpuBlocked } from './webgpuCheck';

// The .wasm binaries are served from our own origin (Vite emits them as assets); never from a CDN.
setWasmPaths({
  'tfjs-backend-wasm.wasm': wasmPlainUrl,
  'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
  'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedSimdUrl,
});

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Checks what a backend needs before asking tfjs; returns a reason when it cannot work, else null. */
async function precheck(name: BackendName): Promise<string | null> {
  switch (name) {
    case 'webgpu': {
      const gpu = 'gpu' in navigator ? navigator.gpu : undefined;
      if (!gpu) return webgpuBlocked({ secureContext: globalThis.isSecureContext !== false, hasGpu: false });
      const adapter = await gpu.requestAdapter();
      return adapter ? null : 'no WebGPU adapter';
    }
    case 'webgl':
      return typeof OffscreenCanvas === 'undefined' ? 'no OffscreenCanvas in this worker' : null;
    case 'wasm':
      return typeof WebAssembly === 'undefined' ? 'no WebAssembly' : null;
    case 'cpu':
      return null;
  }
}

/** Runs tf.setBackend(name) while collecting tfjs's console warnings, which carry the failure cause. */
async function setBackendCapturingWarnings(name: BackendName): Promise<{ ok: boolean; warnings: string[] }> {
  const warnings: string[] = [];
  const originalWarn = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map((a) => (a instanceof Error ? a.message : String(a)).split('\n')[0]).join(' '));
    originalWarn.apply(console, args);
  };
  try {
    const ok = await tf.setBackend(name);
    return { ok, warnings };
  } finally {
    console.warn = originalWarn;
  }
}

/** WebAssembly threads to ask for when wasm starts (undefined: as many as the browser reports cores). */
let wasmThreads: number | undefined;

export function setWasmThreads(n: number | undefined): void {
  wasmThreads = n;
}

export async function tryBackend(name: BackendName): Promise<BackendAttempt> {
  try {
    const blocked = await precheck(name);
    if (blocked) return { name, ok: false, reason: blocked };
    if (name === 'wasm') prepareWasmThreads(wasmThreads);
    if (name === 'webgpu') {
      // Without this, tiny tensors (all of ours) are computed on the CPU instead of the GPU.
      tf.env().set('WEBGPU_CPU_FORWARD', false);
    }
    const { ok, warnings } = await setBackendCapturingWarnings(name);
    if (!ok) {
      const cause = warnings.length > 0 ? `: ${warnings.join('; ')}` : '';
      return { name, ok: false, reason: `setBackend returned false${cause}` };
    }
    await tf.ready();
    const active = tf.getBackend();
    if (active !== name) return { name, ok: false, reason: `tfjs runs on ${active} instead` };
    return { name, ok: true, reason: 'running' };
  } catch (e) {
    return { name, ok: false, reason: errorText(e) };
  }
}
