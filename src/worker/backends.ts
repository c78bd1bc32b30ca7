/**
 * Backend selection inside the worker (browser only; starting one backend is tryBackend.ts): a forced
 * backend only; or, for backend=auto,
 * every backend that starts is timed on the run's own work and the fastest wins (backendRace.ts,
 * raceOrder.ts), unless an earlier measurement for this browser and adapter is passed in; without a
 * job to time, the first of webgpu, webgl, wasm, cpu that starts. Records, for each, whether it started
 * and why not.
 */

import { getThreadsCount } from '@tensorflow/tfjs-backend-wasm';
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
  type RaceJob,
} from './protocol';
import { type Measured, runRace } from './raceOrder';
import { setWasmThreads, tryBackend } from './tryBackend';
import { singleThreadReason } from './wasmThreads';

/** Times `job` on `name` in a race worker (race.worker.ts), terminated at `limitMs`. */
function timeInWorker(name: BackendName, job: RaceJob, limitMs: number): Promise<Measured> {
  const t0 = performance.now();
  const worker = new Worker(new URL('./race.worker.ts', import.meta.url), {
    type: 'module',
    name: `race-${name}`,
  });
  return new Promise<Measured>((resolve) => {
    const end = (m: Measured) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(m);
    };
    const timer = setTimeout(() => end({ ms: null, stopped: true, ranMs: performance.now() - t0 }), limitMs);
    worker.onmessage = (e: MessageEvent<Measured>) => end(e.data);
    worker.onerror = (e) => {
      e.preventDefault();
      end({
        ms: null,
        stopped: false,
        ranMs: performance.now() - t0,
        error: e.message || 'the race worker failed',
      });
    };
    worker.postMessage({ name, job });
  });
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
      // The first candidate (wasm, as a rule) runs here, without a limit; the others in a worker of their
      // own that is terminated at the limit, however long a kernel takes to compile.
      if (Number.isFinite(limitMs)) return timeInWorker(c.name, race, limitMs);
      if (!(await switchTo(c.name)))
        return { ms: null, stopped: false, ranMs: 0, error: 'did not start again' };
      return timeJob(race, limitMs);
    },
    auto.timeSoftware === true,
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
  // Those that started and lost the race stay ok (they work; the recovery panel may offer them).
  const skipped = (a: BackendAttempt) => choice.figures.some((f) => f.name === a.name && f.skipped);
  const lost = (a: BackendAttempt): BackendAttempt =>
    choice.how !== 'measured'
      ? { ...a, ok: false, reason: `not tried: ${chosen} started first` }
      : { ...a, reason: skipped(a) ? 'not chosen: a software renderer' : 'not chosen: slower in the race' };
  const marked = attempts.map((a) => (a.name === chosen ? { ...a, reason: 'running' } : a.ok ? lost(a) : a));
  return { backend: chosen, attempts: complete(marked, `not tried: ${chosen} started first`), choice };
}

/**
 * The forced backend only (no fallback), or backend=auto's choice (chooseAuto). Throws an Error listing
 * every attempt when none starts.
 */
export async function selectBackend(force?: BackendName, auto: AutoOptions = {}): Promise<InitResult> {
  setWasmThreads(auto.wasmThreads);
  return withWasmThreads(await choose(force, auto));
}

/** The result with WebAssembly's thread count when wasm runs (and why it is one, when it is). */
function withWasmThreads(r: InitResult): InitResult {
  if (r.backend !== 'wasm') return r;
  let threads = 1;
  try {
    threads = getThreadsCount();
  } catch {
    // not reported: one
  }
  const single = threads <= 1 ? singleThreadReason() : undefined;
  return { ...r, wasm: { threads, ...(single ? { single } : {}) } };
}

async function choose(force: BackendName | undefined, auto: AutoOptions): Promise<InitResult> {
  if (!force) return chooseAuto(auto);
  const attempts: BackendAttempt[] = [];
  const chosen = await firstThatStarts([force], attempts);
  if (chosen === null) throw new Error(`backend ${force} (forced) did not start: ${listAttempts(attempts)}`);
  return { backend: chosen, attempts: complete(attempts, `not tried: backend forced to ${force}`) };
}
