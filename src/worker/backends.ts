/**
 * Backend selection inside the worker (browser only): try webgpu, webgl, wasm, cpu in turn (or only a
 * forced one) and record, for each, whether it started and why not.
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
import { BACKEND_ORDER, type BackendAttempt, type BackendName, type InitResult } from './protocol';
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

async function tryBackend(name: BackendName): Promise<BackendAttempt> {
  try {
    const blocked = await precheck(name);
    if (blocked) return { name, ok: false, reason: blocked };
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

/**
 * Starts the first backend of BACKEND_ORDER that works, or only `force` when given (no fallback then).
 * Throws an Error listing every attempt when none starts.
 */
export async function selectBackend(force?: BackendName): Promise<InitResult> {
  const candidates: readonly BackendName[] = force ? [force] : BACKEND_ORDER;
  const attempts: BackendAttempt[] = [];
  let chosen: BackendName | null = null;
  for (const name of candidates) {
    const attempt = await tryBackend(name);
    attempts.push(attempt);
    if (attempt.ok) {
      chosen = name;
      break;
    }
  }
  const tried = attempts.map((a) => `${a.name}: ${a.reason}`).join('; ');
  for (const name of BACKEND_ORDER) {
    if (attempts.some((a) => a.name === name)) continue;
    const reason = force ? `not tried: backend forced to ${force}` : `not tried: ${chosen} started first`;
    attempts.push({ name, ok: false, reason });
  }
  attempts.sort((a, b) => BACKEND_ORDER.indexOf(a.name) - BACKEND_ORDER.indexOf(b.name));
  if (chosen === null) {
    throw new Error(
      force ? `backend ${force} (forced) did not start: ${tried}` : `no tfjs backend started: ${tried}`,
    );
  }
  return { backend: chosen, attempts };
}
