/**
 * The three layers and their one direction of dependency: the engine (plain TypeScript on tfjs, the
 * same in the worker, Node tests and the CLI) imports neither the page nor the worker, nor React or
 * the DOM; the worker imports the engine but not the page. Beside them, the formats (src/formats: the
 * settings table and its link, the session file, the verl files) are read and written by the page and
 * the CLI alike: they import the engine and the protocol, never the page; the CLI never imports the page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraph } from '../importGraph';

const UI_PACKAGES = /^(react|react-dom|zustand|recharts|comlink)(\/|$)/;
// DOM globals (navigator.gpu is WebGPU's entry point and lives in the worker's backend choice).
const DOM = /\b(document|window|localStorage|sessionStorage|HTMLElement)\b/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [resolve(p)] : [];
  });
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

  it('the formats import no page module, UI package or DOM', () => {
    const formats = sources('src/formats');
    expect(formats.length).toBeGreaterThan(8);
    const { modules, packages } = importGraph(...formats);
    expect([...modules].filter(under('src/app'))).toEqual([]);
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
});
