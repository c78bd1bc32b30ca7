/**
 * The import graph of the project's own modules, read from their source (value imports only: type-only
 * imports are erased at build time). Used by the layering tests (src/app/architecture.test.ts,
 * src/engine/layers.test.ts); Node only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

function resolveModule(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`])
    if (existsSync(candidate) && /\.(ts|tsx)$/.test(candidate)) return candidate;
  return null;
}

/** Every project module reachable from `entries` (absolute paths), and the packages they import. */
export function importGraph(...entries: string[]): { modules: Set<string>; packages: Set<string> } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const todo = [...entries];
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
