/**
 * backend=auto chooses by measurement (backendRace.ts runs it): this module holds the plain rules, so
 * the unit tests check them without a browser.
 *
 * - A software adapter (SwiftShader, llvmpipe, Mesa's "softpipe", "Software" renderers, Microsoft Basic
 *   Render Driver) is named as such from WebGPU's adapter info or WebGL's unmasked renderer.
 * - Candidates are timed in this order: wasm (it starts everywhere and sets the pace), GPU backends on
 *   real hardware, then software ones; cpu only when nothing else starts.
 * - Each candidate runs the preset's own work twice (a warm-up, then the timed run) under a time limit:
 *   for a GPU on real hardware FACTOR times the best timed figure so far plus WARMUP_MS for compiling
 *   its kernels, so a real GPU is never cut off by its first-use cost; for a software renderer the best
 *   figure itself (past it, it cannot win). A candidate over its limit is stopped and shows how long it
 *   ran.
 * - A software renderer is not timed at first when a CPU backend is there to set the pace (it cannot be
 *   faster than the CPU that emulates it, and once its first kernels are submitted their compilation
 *   keeps that CPU busy for seconds after a stop: 7 s on this project's loaded 2-core machine, which
 *   held the run's start back). "Measure again" times it too (`timeSoftware`).
 * - The fastest timed candidate wins.
 */
import type { BackendName, RaceFigure } from './protocol';

export const FACTOR = 3;
/** A software renderer cannot win once it passes the best time: it is stopped there. */
export const SOFTWARE_FACTOR = 1;
export const WARMUP_MS = 4000;

const SOFTWARE = /swiftshader|llvmpipe|lavapipe|softpipe|software|basic render driver/i;

/** The adapter's name when it is a software renderer, else null. */
export function softwareName(description: string | null | undefined): string | null {
  if (!description) return null;
  const m = SOFTWARE.exec(description);
  return m ? description.trim() : null;
}

/** What WebGPU's adapter says about itself (GPUAdapterInfo and the adapter's isFallbackAdapter). */
export interface AdapterFacts {
  vendor?: string;
  architecture?: string;
  device?: string;
  description?: string;
  isFallbackAdapter?: boolean;
}

/** One line for a WebGPU adapter ("google swiftshader"), and whether it is a software one. */
export function describeAdapter(info: AdapterFacts): { name: string; software: boolean } {
  const name = [info.vendor, info.architecture, info.device, info.description]
    .filter((x): x is string => Boolean(x))
    .join(' ')
    .trim();
  return {
    name: name || 'unnamed adapter',
    software: info.isFallbackAdapter === true || softwareName(name) !== null,
  };
}

export interface Candidate {
  name: BackendName;
  /** The renderer's name when it is a software one. */
  software?: string;
}

export interface Measured {
  /** Milliseconds of the timed run, or null when it did not finish. */
  ms: number | null;
  /** Stopped at its limit: `ms` is null and `ranMs` says how long it ran. */
  stopped: boolean;
  ranMs: number;
  error?: string;
}

/** The order candidates are timed in (see the module comment). */
export function raceOrder(candidates: readonly Candidate[]): Candidate[] {
  const rank = (c: Candidate) => (c.name === 'wasm' ? 0 : c.name === 'cpu' ? 3 : c.software ? 2 : 1);
  const usable = candidates.filter((c) => c.name !== 'cpu');
  return [...(usable.length > 0 ? usable : candidates)].sort((a, b) => rank(a) - rank(b));
}

/** The time limit for a candidate, given the best timed figure so far (null: none yet). */
export function limitFor(c: Candidate, best: number | null): number {
  if (best === null) return Number.POSITIVE_INFINITY;
  return c.software ? SOFTWARE_FACTOR * best : FACTOR * best + WARMUP_MS;
}

/**
 * Times every candidate in raceOrder under its limit; resolves to the figures (in that order) and the
 * fastest candidate that finished (null when none did).
 */
export async function runRace(
  candidates: readonly Candidate[],
  measure: (c: Candidate, limitMs: number) => Promise<Measured>,
  timeSoftware = false,
): Promise<{ figures: RaceFigure[]; winner: BackendName | null }> {
  const figures: RaceFigure[] = [];
  let best: RaceFigure | null = null;
  const order = raceOrder(candidates);
  const paced = order.some((c) => !c.software);
  for (const c of order) {
    if (c.software && paced && !timeSoftware) {
      figures.push({ ...c, ms: null, stopped: false, ranMs: 0, limitMs: null, skipped: true });
      continue;
    }
    const limitMs = limitFor(c, best?.ms ?? null);
    const m = await measure(c, limitMs);
    const f: RaceFigure = { ...c, ...m, limitMs: Number.isFinite(limitMs) ? limitMs : null };
    figures.push(f);
    if (f.ms !== null && (best?.ms == null || f.ms < best.ms)) best = f;
  }
  return { figures, winner: best?.name ?? null };
}
