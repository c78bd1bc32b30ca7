/**
 * Counts what the host asks of the GPU, by wrapping tfjs's WebGPU backend and Dawn's device:
 * - dispatches: calls of the backend's recordAndSubmit (one compute dispatch each);
 * - uploads: buffers created mapped (how tfjs uploads a tensor's values) plus queue.writeBuffer calls
 *   into non-uniform buffers; the uniform buffer every dispatch writes is part of the dispatch, not counted.
 * Works for any copy of tfjs-core (NanoGPT bundles its own): pass its engine.
 */
export interface Counts {
  dispatches: number;
  uploads: number;
}

interface EngineLike {
  backendName: string;
  backend: unknown;
}

type Fn = (...args: unknown[]) => unknown;

export function installCounters(engine: EngineLike): () => Counts {
  if (engine.backendName !== 'webgpu') throw new Error(`backend is ${engine.backendName}, not webgpu`);
  const be = engine.backend as {
    recordAndSubmit: Fn;
    device: { createBuffer: Fn; queue: { writeBuffer: Fn } };
  };
  const c: Counts = { dispatches: 0, uploads: 0 };
  const rs = be.recordAndSubmit.bind(be);
  be.recordAndSubmit = (...a) => {
    c.dispatches++;
    return rs(...a);
  };
  const device = be.device;
  const cb = device.createBuffer.bind(device);
  device.createBuffer = (...a) => {
    if ((a[0] as { mappedAtCreation?: boolean }).mappedAtCreation) c.uploads++;
    return cb(...a);
  };
  const queue = device.queue;
  const wb = queue.writeBuffer.bind(queue);
  const UNIFORM = 0x40; // GPUBufferUsage.UNIFORM
  queue.writeBuffer = (...a) => {
    if (((a[0] as { usage: number }).usage & UNIFORM) === 0) c.uploads++;
    return wb(...a);
  };
  return () => ({ ...c });
}

/** Counts and host milliseconds of f (awaited), as the difference of two readings. */
export async function measure(
  read: () => Counts,
  f: () => Promise<unknown>,
): Promise<Counts & { ms: number }> {
  const a = read();
  const t0 = performance.now();
  await f();
  const ms = performance.now() - t0;
  const b = read();
  return { dispatches: b.dispatches - a.dispatches, uploads: b.uploads - a.uploads, ms };
}
