/**
 * Counts what the host asks of the GPU, by wrapping tfjs's WebGPU backend and Dawn's device:
 * - dispatches: dispatchWorkgroups calls on every compute pass the device's command encoders begin
 *   (tfjs's recordAndSubmit makes one each; a kernel that records its own dispatch is counted too);
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
    device: { createBuffer: Fn; createCommandEncoder: Fn; queue: { writeBuffer: Fn } };
  };
  const c: Counts = { dispatches: 0, uploads: 0 };
  const device = be.device;
  const cce = device.createCommandEncoder.bind(device);
  device.createCommandEncoder = (...a) => {
    const encoder = cce(...a) as { beginComputePass: Fn };
    const begin = encoder.beginComputePass.bind(encoder);
    encoder.beginComputePass = (...b) => {
      const pass = begin(...b) as { dispatchWorkgroups: Fn };
      const dispatch = pass.dispatchWorkgroups.bind(pass);
      pass.dispatchWorkgroups = (...d) => {
        c.dispatches++;
        return dispatch(...d);
      };
      return pass;
    };
    return encoder;
  };
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

/**
 * Counts, host milliseconds (wall) and the process's CPU milliseconds (user + system, every thread) of
 * f (awaited), as the difference of two readings. On a machine whose cores other work also wants, the
 * wall time includes waits for a core and the CPU time does not: it is the host's cost itself.
 */
export async function measure(
  read: () => Counts,
  f: () => Promise<unknown>,
): Promise<Counts & { ms: number; cpuMs: number }> {
  const a = read();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await f();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  const b = read();
  return {
    dispatches: b.dispatches - a.dispatches,
    uploads: b.uploads - a.uploads,
    ms,
    cpuMs: (c.user + c.system) / 1000,
  };
}

/** The median of a list of numbers. */
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
