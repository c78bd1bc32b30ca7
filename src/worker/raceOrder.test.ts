import { describe, expect, it } from 'vitest';
import {
  type Candidate,
  describeAdapter,
  FACTOR,
  limitFor,
  type Measured,
  raceOrder,
  runRace,
  SOFTWARE_FACTOR,
  softwareName,
  WARMUP_MS,
} from './raceOrder';

describe('software adapters', () => {
  it('are named from WebGL renderers and WebGPU adapter info', () => {
    const renderer =
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)';
    expect(softwareName(renderer)).toBe(renderer);
    expect(softwareName('llvmpipe (LLVM 15.0.6, 256 bits)')).not.toBeNull();
    expect(softwareName('Microsoft Basic Render Driver')).not.toBeNull();
    expect(softwareName('Google SwiftShader')).not.toBeNull();
    expect(softwareName('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0)')).toBeNull();
    expect(softwareName('Apple M2')).toBeNull();
    expect(softwareName(undefined)).toBeNull();
    expect(describeAdapter({ vendor: 'google', architecture: 'swiftshader' })).toEqual({
      name: 'google swiftshader',
      software: true,
    });
    expect(
      describeAdapter({ vendor: 'nvidia', architecture: 'ampere', isFallbackAdapter: true }).software,
    ).toBe(true);
    expect(describeAdapter({ vendor: 'nvidia', architecture: 'ampere' }).software).toBe(false);
  });
});

describe('the race', () => {
  const gpu: Candidate = { name: 'webgpu' };
  const softGl: Candidate = { name: 'webgl', software: 'SwiftShader' };
  const wasm: Candidate = { name: 'wasm' };
  const cpu: Candidate = { name: 'cpu' };

  it('times wasm first, real GPUs next, software last, cpu only alone', () => {
    expect(raceOrder([gpu, softGl, wasm, cpu]).map((c) => c.name)).toEqual(['wasm', 'webgpu', 'webgl']);
    expect(raceOrder([cpu]).map((c) => c.name)).toEqual(['cpu']);
    expect(limitFor(wasm, null)).toBe(Number.POSITIVE_INFINITY);
    expect(limitFor(softGl, 100)).toBe(SOFTWARE_FACTOR * 100);
    expect(limitFor(gpu, 100)).toBe(FACTOR * 100 + WARMUP_MS);
  });

  it('picks the fastest that finished, and a fast real GPU wins over wasm', async () => {
    const times: Record<string, number> = { wasm: 400, webgpu: 50, webgl: 9000 };
    const limits: Record<string, number> = {};
    const measure = async (c: Candidate, limitMs: number): Promise<Measured> => {
      limits[c.name] = limitMs;
      const t = times[c.name];
      return t > limitMs
        ? { ms: null, stopped: true, ranMs: limitMs }
        : { ms: t, stopped: false, ranMs: 2 * t };
    };
    const { figures, winner } = await runRace([softGl, gpu, wasm], measure, true);
    expect(winner).toBe('webgpu');
    expect(figures.map((f) => [f.name, f.ms, f.stopped])).toEqual([
      ['wasm', 400, false],
      ['webgpu', 50, false],
      ['webgl', null, true],
    ]);
    // The software renderer ran under the best so far (webgpu's 50 ms), not wasm's.
    expect(limits.webgl).toBe(50);
  });

  it('a candidate that fails is listed with its error; none finishing gives no winner', async () => {
    const { figures, winner } = await runRace([wasm], async () => ({
      ms: null,
      stopped: false,
      ranMs: 3,
      error: 'boom',
    }));
    expect(winner).toBeNull();
    expect(figures[0]).toMatchObject({ name: 'wasm', error: 'boom' });
  });

  it('names a software renderer without timing it beside a CPU backend, unless asked to', async () => {
    const timed: string[] = [];
    const measure = async (c: Candidate): Promise<Measured> => {
      timed.push(c.name);
      return { ms: 100, stopped: false, ranMs: 200 };
    };
    const { figures, winner } = await runRace([softGl, wasm], measure);
    expect(winner).toBe('wasm');
    expect(timed).toEqual(['wasm']);
    expect(figures[1]).toMatchObject({ name: 'webgl', software: 'SwiftShader', skipped: true, ms: null });
    // Alone (no CPU backend to set the pace) it is timed; with timeSoftware too.
    expect((await runRace([softGl], measure)).winner).toBe('webgl');
    timed.length = 0;
    await runRace([softGl, wasm], measure, true);
    expect(timed).toEqual(['wasm', 'webgl']);
  });
});
