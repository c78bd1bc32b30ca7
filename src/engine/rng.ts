/**
 * Seeded pseudo-random numbers, identical on every platform (pure 32-bit integer maths).
 *
 * Generator: sfc32 (Chris Doty-Humphrey's Small Fast Counting generator), seeded through splitmix32.
 * `fork(label)` derives an independent stream from this one's seed and a label, so that e.g. the
 * question stream and the sampling stream of a run never share draws, whatever each consumes.
 */

/** splitmix32 finaliser: a good 32-bit integer hash. */
export function mix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** FNV-1a hash of a string, then mixed: stable across platforms. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

export interface Rng {
  readonly seed: number;
  /** Uniform float in [0, 1), 32 bits of randomness. */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Uniform integer in [lo, hi] inclusive. */
  range(lo: number, hi: number): number;
  /** Standard normal (Box-Muller). */
  normal(): number;
  /** An independent generator derived from this one's seed and a label. */
  fork(label: string | number): Rng;
}

export function createRng(seed: number): Rng {
  const s0 = seed >>> 0;
  let a = mix32(s0);
  let b = mix32(a ^ 0x1234567);
  let c = mix32(b ^ 0x89abcdef);
  let d = 1;
  const nextU32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) nextU32();
  const next = () => nextU32() / 4294967296;
  return {
    seed: s0,
    next,
    int: (n) => Math.floor(next() * n),
    range: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    normal: () => {
      let u = next();
      while (u === 0) u = next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    fork: (label) => createRng(mix32(s0 ^ (typeof label === 'number' ? mix32(label) : hashString(label)))),
  };
}
