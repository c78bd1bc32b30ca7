/**
 * tfjs's threaded SIMD WebAssembly build under Vite. tfjs starts its pthread workers from a Blob made of
 * `var WasmBackendModuleThreadedSimd = ` + the factory function's own source (factory.toString()). Once
 * bundled and minified, that function refers to names of the bundle (its closure's `_scriptDir`, renamed
 * `e`) that the Blob does not have: the workers throw "ReferenceError: e is not defined" and the backend
 * never starts (tfjs issue #4107). Here the factory's toString gives the build's original, unbundled file
 * instead (imported as text), so the Blob is that file, complete: in a cross-origin isolated worker the
 * threaded build then starts. Threads are used only when asked for (see THREADS_OFF_BY_DEFAULT).
 */
import * as tf from '@tensorflow/tfjs';
import { setThreadsCount } from '@tensorflow/tfjs-backend-wasm';
import * as threaded from '@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm-threaded-simd.js';
import threadedSource from '@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm-threaded-simd.js?raw';

const PREFIX = 'var WasmBackendModuleThreadedSimd = ';

/**
 * Threads stay off unless asked for (?threads=N): with the mended source the threaded build starts here
 * (its 8 pthread workers load, no error), but tfjs then reported one thread in its pool on this
 * project's machines, whatever count was asked for, so the threaded build only added its workers.
 * (Open upstream: tfjs issue #8513, "setThreadsCount not work", on 4.22.)
 */
export const THREADS_OFF_BY_DEFAULT =
  "off by default: tfjs's threaded build starts under Vite here but its pool reported one thread; ?threads=N tries it";

/** Why WebAssembly runs on one thread, as the last prepareWasmThreads() found (null: threads asked for). */
let single: string | null = null;

/** Why threads cannot run here at all (null: they can). */
export function threadsOff(): string | null {
  if (globalThis.crossOriginIsolated !== true)
    return 'not cross-origin isolated (no COOP/COEP headers): WebAssembly runs on one thread';
  if (typeof SharedArrayBuffer === 'undefined') return 'no SharedArrayBuffer: WebAssembly runs on one thread';
  return null;
}

/** Why the wasm backend runs one thread ('' when threads were asked for and tfjs still runs one). */
export function singleThreadReason(): string {
  return single ?? 'the threaded build runs, but tfjs reports one thread in its pool';
}

/**
 * Before the wasm backend starts: with `threads` (and isolation), mends the threaded build's worker
 * source and asks for that many threads; otherwise keeps tfjs on its single-threaded SIMD build.
 */
export function prepareWasmThreads(threads?: number): void {
  single = threadsOff() ?? (threads === undefined ? THREADS_OFF_BY_DEFAULT : null);
  const module = threaded as unknown as { default?: { toString: () => string } };
  const factory = module.default ?? (threaded as unknown as { toString: () => string });
  const source = threadedSource.trimStart();
  if (!single && !source.startsWith(PREFIX)) single = "the threaded build's source is not as expected";
  if (single) {
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    return;
  }
  factory.toString = () => source.slice(PREFIX.length);
  setThreadsCount(Math.max(1, Math.floor(threads ?? 1)));
}
