/**
 * The three layers and their one direction of dependency: the engine (plain TypeScript on tfjs, the
 * same in the worker, Node tests and the CLI) imports neither the page nor the worker, nor React or
 * the DOM; the worker imports the engine but not the page. Beside them, the formats (src/formats: the
 * settings table and its link, the metric table and CSV, the session file, the verl files) are read and
 * written by the page and the CLI alike: they import the engine only, neither the worker nor the page; the
 * CLI never imports the page. Test files obey the same layers, and test helpers (`*.testing.ts`) are
 * reached from tests only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraph } from '../importGraph.testing';

const UI_PACKAGES = /^(react|react-dom|zustand|recharts|comlink)(\/|$)/;
// DOM globals (navigator.gpu is WebGPU's entry point and lives in the worker's backend choice).
const DOM = /\b(document|window|localStorage|sessionStorage|HTMLElement)\b/;

/** The layering tests' own helper, at the root of src (every layer's tests may use it). */
const SHARED_HELPER = 'src/importGraph.testing';
const TEST_FILE = /\.(test|testing)\.tsx?$/;

function files(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return files(p, keep);
    return /\.tsx?$/.test(e.name) && keep(e.name) ? [resolve(p)] : [];
  });
}
/** A layer's modules, test files and test helpers left out. */
const sources = (dir: string) => files(dir, (n) => !TEST_FILE.test(n));
/** A layer's test files and test helpers. */
const testFiles = (dir: string) => files(dir, (n) => TEST_FILE.test(n));
/** Relative imports of these files, type-only ones included, that leave `allowed` directories. */
function importsOutside(sourceFiles: string[], allowed: string[]): string[] {
  const ok = [...allowed, SHARED_HELPER];
  return sourceFiles.flatMap((f) =>
    [...code(f).matchAll(/(?:from|import)\s*'(\.[^']+)'/g)]
      .map((m) => resolve(f, '..', m[1]))
      .filter((target) => !ok.some((d) => target.startsWith(resolve(d))))
      .map((target) => `${f} -> ${target}`),
  );
}

const under = (dir: string) => (m: string) => m.startsWith(resolve(dir));
const code = (file: string) => readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');

describe('layers', () => {
  it('the engine imports no page, worker, UI package or DOM', () => {
    const engine = sources('src/engine');
    expect(engine.length).toBeGreaterThan(30);
    const { modules, packages } = importGraph(...engine);
    expect([...modules].filter((m) => !under('src/engine')(m))).toEqual([]);
    expect([...packages].filter((p) => UI_PACKAGES.test(p))).toEqual([]);
    expect(engine.filter((f) => f.endsWith('.tsx') || DOM.test(code(f)))).toEqual([]);
  });

  it('the worker imports the engine but not the page', () => {
    const { modules, packages } = importGraph(resolve('src/worker/engine.worker.ts'));
    expect([...modules].some(under('src/engine'))).toBe(true);
    expect([...modules].filter(under('src/app'))).toEqual([]);
    expect([...packages].filter((p) => UI_PACKAGES.test(p) && p !== 'comlink')).toEqual([]);
  });

  it('the formats import no page or worker module, UI package or DOM', () => {
    const formats = sources('src/formats');
    expect(formats.length).toBeGreaterThan(8);
    const { modules, packages } = importGraph(...formats);
    expect([...modules].filter(under('src/app'))).toEqual([]);
    expect([...modules].filter(under('src/worker'))).toEqual([]);
    expect(importsOutside(formats, ['src/formats', 'src/engine'])).toEqual([]);
    expect([...packages].filter((p) => UI_PACKAGES.test(p))).toEqual([]);
    expect(formats.filter((f) => f.endsWith('.tsx') || DOM.test(code(f)))).toEqual([]);
    // Type-only imports are erased at build time, so the walk above skips them: none may reach the page.
    expect(formats.filter((f) => /from '[./]*\/app\//.test(code(f)))).toEqual([]);
  });

  it('the CLI imports the engine and the formats, never the page', () => {
    const { modules, packages } = importGraph(resolve('src/cli/main.ts'));
    expect([...modules].some(under('src/engine'))).toBe(true);
    expect([...modules].some(under('src/formats'))).toBe(true);
    expect([...modules].filter(under('src/app'))).toEqual([]);
    expect([...packages].filter((p) => UI_PACKAGES.test(p))).toEqual([]);
  });

  it('(the walk sees a UI package where there is one: the page)', () => {
    const { packages } = importGraph(resolve('src/app/main.tsx'));
    expect([...packages].some((p) => UI_PACKAGES.test(p))).toBe(true);
  });

  it('test files obey the layers too', () => {
    const engineTests = testFiles('src/engine');
    expect(engineTests.length).toBeGreaterThan(30);
    // The engine's tests run it in Node: src/node (the backend, the checkpoint files) is theirs to use.
    expect(importsOutside(engineTests, ['src/engine', 'src/node'])).toEqual([]);
    expect(importsOutside(testFiles('src/formats'), ['src/formats', 'src/engine', 'src/node'])).toEqual([]);
    expect(importsOutside(testFiles('src/worker'), ['src/worker', 'src/engine', 'src/node'])).toEqual([]);
    expect(
      importsOutside(testFiles('src/cli'), [
        'src/cli',
        'src/engine',
        'src/formats',
        'src/node',
        'src/worker',
      ]),
    ).toEqual([]);
  });

  it('test helpers (*.testing.ts) are reached from tests only', () => {
    const entries = [
      resolve('src/app/main.tsx'),
      resolve('src/worker/engine.worker.ts'),
      resolve('src/cli/main.ts'),
      ...sources('src/engine'),
      ...sources('src/formats'),
    ];
    const { modules } = importGraph(...entries);
    expect([...modules].filter((m) => TEST_FILE.test(m))).toEqual([]);
    expect(testFiles('src').filter((f) => /\.testing\.ts$/.test(f)).length).toBeGreaterThanOrEqual(3);
  });
});
