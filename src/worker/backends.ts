/**
 * Backend selection inside the worker (browser only): a forced backend only; or, for backend=auto,
 * every backend that starts is timed on the run's own work and the fastest wins (backendRace.ts,
 * raceOrder.ts), unless an earlier measurement for this browser and adapter is passed in; without a
 * job to time, the first of webgpu, webgl, wasm, cpu that starts. Records, for each, whether it started
 * and why not.
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
import {
  type AdapterReport,
  choiceKey,
  switchTo,
  timeJob,
  webglRenderer,
  webgpuAdapter,
} from './backendRace';
import {
  type AutoOptions,
  BACKEND_ORDER,
  type BackendAttempt,
  type BackendChoice,
  type BackendName,
  type InitResult,
} from './protocol';
import { runRace } from './raceOrder';
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

/** Attempts for every backend of BACKEND_ORDER: those not tried get `notTried` as their reason. */
function complete(attempts: BackendAttempt[], notTried: string): BackendAttempt[] {
  const out = [...attempts];
  for (const name of BACKEND_ORDER)
    if (!out.some((a) => a.name === name)) out.push({ name, ok: false, reason: notTried });
  return out.sort((a, b) => BACKEND_ORDER.indexOf(a.name) - BACKEND_ORDER.indexOf(b.name));
}

/** Starts the first backend of `candidates` that works; null when none does. */
async function firstThatStarts(candidates: readonly BackendName[], attempts: BackendAttempt[]) {
  for (const name of candidates) {
    const attempt = await tryBackend(name);
    attempts.push(attempt);
    if (attempt.ok) return name;
  }
  return null;
}

async function adapters(): Promise<Partial<Record<BackendName, AdapterReport>>> {
  const out: Partial<Record<BackendName, AdapterReport>> = {};
  const gpu = await webgpuAdapter().catch(() => null);
  if (gpu) out.webgpu = gpu;
  const gl = webglRenderer();
  if (gl) out.webgl = gl;
  return out;
}

/**
 * backend=auto: a cached choice whose key matches, else a race of every backend that starts, else (no
 * job to time) the first that starts.
 */
async function chooseAuto(auto: AutoOptions): Promise<InitResult> {
  const seen = await adapters();
  const key = choiceKey(seen);
  const attempts: BackendAttempt[] = [];
  const software = (name: BackendName) => (seen[name]?.software ? seen[name]?.name : undefined);
  const cached = auto.cached;
  if (cached && cached.key === key) {
    const attempt = await tryBackend(cached.backend);
    if (attempt.ok) {
      const { backend: _, ...choice } = cached;
      return {
        backend: cached.backend,
        attempts: complete([attempt], 'not tried: chosen by an earlier measurement'),
        choice: { ...choice, how: 'cached' },
      };
    }
  }
  const started: BackendName[] = [];
  for (const name of BACKEND_ORDER) {
    const attempt = await tryBackend(name);
    attempts.push(attempt);
    if (attempt.ok) started.push(name);
  }
  const base = { key, adapters: seen, measuredAt: new Date().toISOString() };
  const race = auto.race;
  if (!race || started.filter((n) => n !== 'cpu').length < 2) {
    const chosen = started[0] ?? null;
    if (chosen === null) throw new Error(`no tfjs backend started: ${listAttempts(attempts)}`);
    if (!(await switchTo(chosen))) throw new Error(`tfjs did not go back to ${chosen}`);
    return finish(chosen, attempts, { ...base, how: 'first', figures: [], raceMs: 0 });
  }
  const t0 = performance.now();
  const { figures, winner } = await runRace(
    started.map((name) => ({ name, ...(software(name) ? { software: software(name) } : {}) })),
    async (c, limitMs) => {
      if (!(await switchTo(c.name)))
        return { ms: null, stopped: false, ranMs: 0, error: 'did not start again' };
      return timeJob(race, limitMs);
    },
  );
  const raceMs = performance.now() - t0;
  const chosen = winner ?? started[0];
  if (!(await switchTo(chosen))) throw new Error(`tfjs did not go back to ${chosen} after the race`);
  return finish(chosen, attempts, { ...base, how: 'measured', figures, raceMs });
}

function listAttempts(attempts: BackendAttempt[]): string {
  return attempts.map((a) => `${a.name}: ${a.reason}`).join('; ');
}

/** The result for `chosen`: its attempt says 'running', the others that started lost the race. */
function finish(chosen: BackendName, attempts: BackendAttempt[], choice: BackendChoice): InitResult {
  const marked = attempts.map((a) =>
    a.name === chosen
      ? { ...a, reason: 'running' }
      : a.ok
        ? {
            ...a,
            ok: false,
            reason:
              choice.how === 'measured'
                ? 'not chosen: slower in the race'
                : `not tried: ${chosen} started first`,
          }
        : a,
  );
  return { backend: chosen, attempts: complete(marked, `not tried: ${chosen} started first`), choice };
}

/**
 * The forced backend only (no fallback), or backend=auto's choice (chooseAuto). Throws an Error listing
 * every attempt when none starts.
 */
export async function selectBackend(force?: BackendName, auto: AutoOptions = {}): Promise<InitResult> {
  if (!force) return chooseAuto(auto);
  const attempts: BackendAttempt[] = [];
  const chosen = await firstThatStarts([force], attempts);
  if (chosen === null) throw new Error(`backend ${force} (forced) did not start: ${listAttempts(attempts)}`);
  return { backend: chosen, attempts: complete(attempts, `not tried: backend forced to ${force}`) };
}
