/**
 * The page must never run tfjs on the main thread: no module the page loads may import tfjs (type-only
 * imports are erased and allowed). Walks the page's import graph from main.tsx.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

function resolveModule(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`])
    if (existsSync(candidate) && !candidate.endsWith('/')) {
      if (/\.(ts|tsx)$/.test(candidate)) return candidate;
    }
  return null;
}

function pageImports(entry: string): { modules: Set<string>; packages: Set<string> } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop() as string;
    if (modules.has(file)) continue;
    modules.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = m[1];
      if (!spec.startsWith('.')) {
        packages.add(spec);
        continue;
      }
      const next = resolveModule(file, spec);
      if (next) todo.push(next);
    }
  }
  return { modules, packages };
}

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
