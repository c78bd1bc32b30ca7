/**
 * The page must never run tfjs on the main thread: no module the page loads may import tfjs (type-only
 * imports are erased and allowed). Walks the page's import graph from main.tsx.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraph as pageImports } from '../importGraph.testing';

describe('the page bundle', () => {
  it('imports no tfjs and no engine model or training code', () => {
    const { modules, packages } = pageImports(resolve('src/app/main.tsx'));
    expect(modules.size).toBeGreaterThan(20);
    expect([...packages].filter((p) => p.startsWith('@tensorflow'))).toEqual([]);
    const engine = [...modules].filter((m) => /src\/engine\/(model|io|kernels|losses\/(?!options))/.test(m));
    expect(engine).toEqual([]);
    expect([...modules].some((m) => m.endsWith('src/worker/engine.worker.ts'))).toBe(false);
  });

  it('(the walk does find tfjs where it is: the worker)', () => {
    const { packages } = pageImports(resolve('src/worker/engine.worker.ts'));
    expect(packages.has('@tensorflow/tfjs')).toBe(true);
  });
});
