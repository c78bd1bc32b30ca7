/**
 * File names that hold on every file system and mean one thing each:
 *
 * - no two paths of the project differ only in letter case, whole or without their .ts/.tsx extension
 *   (the import path): macOS and Windows file systems ignore case, so `keysHelp.ts` beside
 *   `KeysHelp.tsx` is one file there, and `import './keysHelp'` finds either;
 * - no two modules under src/ share a base name (case ignored): a name like `snapshot.ts` or
 *   `gradients.ts` should say which one it is without its folder.
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The folders whose files are the project's (its sources, tests, benches, scripts and docs). */
const ROOTS = ['src', 'e2e', 'bench', 'scripts', 'docs'];
const TEST_FILE = /\.(test|testing)\.tsx?$/;
const MODULE = /\.tsx?$/;

/**
 * Base names that may repeat, each with its reason. Nothing else may.
 * - index: a folder's public entry point, named by its folder (engine/losses, engine/tasks);
 * - main: a program's entry point, named by its program (the page, the CLI).
 */
const REPEATABLE_NAMES = new Set(['index', 'main']);
/** The English and Japanese tables are named after the part of the page they hold, so they repeat its name. */
const TRANSLATION_TABLES = /^src\/app\/i18n\/(en|ja)\//;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : walk(p);
    return [p.split('\\').join('/')];
  });
}

/** Groups of `paths` that share a key, as 'a | b' lines (sorted, for a readable failure). */
function clashes(paths: string[], key: (path: string) => string): string[] {
  const groups = new Map<string, string[]>();
  for (const p of paths) groups.set(key(p), [...(groups.get(key(p)) ?? []), p]);
  return [...groups.values()]
    .filter((g) => g.length > 1)
    .map((g) => g.sort().join(' | '))
    .sort();
}

const importPath = (p: string) => p.replace(MODULE, '').toLowerCase();
const moduleName = (p: string) => basename(p).replace(MODULE, '').toLowerCase();

describe('file names', () => {
  const all = ROOTS.flatMap(walk);

  it('no two paths differ only in letter case, with or without .ts/.tsx', () => {
    expect(all.length).toBeGreaterThan(400);
    expect(clashes(all, (p) => p.toLowerCase())).toEqual([]);
    expect(
      clashes(
        all.filter((p) => MODULE.test(p)),
        importPath,
      ),
    ).toEqual([]);
  });

  it('no two modules under src/ share a base name', () => {
    const modules = all.filter(
      (p) => p.startsWith('src/') && MODULE.test(p) && !TEST_FILE.test(p) && !TRANSLATION_TABLES.test(p),
    );
    expect(modules.length).toBeGreaterThan(200);
    expect(
      clashes(modules, moduleName).filter((g) => !REPEATABLE_NAMES.has(moduleName(g.split(' | ')[0]))),
    ).toEqual([]);
  });

  it('(the checks see a clash where there is one)', () => {
    expect(clashes(['a/keysHelp.ts', 'a/KeysHelp.tsx', 'b/x.ts'], importPath)).toEqual([
      'a/KeysHelp.tsx | a/keysHelp.ts',
    ]);
    expect(clashes(['src/app/a/snapshot.ts', 'src/engine/Snapshot.ts'], moduleName)).toEqual([
      'src/app/a/snapshot.ts | src/engine/Snapshot.ts',
    ]);
  });
});
