import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JA, JA_TABLES } from './ja';
import { translate } from './t';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every string literal passed as the first argument of t(...) in the app's sources. */
function calledStrings(): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  const call = /\bt\(\s*(['"])((?:\\.|(?!\1).)*)\1/g;
  for (const file of sources('src/app')) {
    // Comments may show t('...') as an example: they are not calls.
    const src = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    for (const m of src.matchAll(call)) out.push({ file, text: m[2].replace(/\\(['"\\])/g, '$1') });
  }
  return out;
}

describe('English and Japanese', () => {
  it('every string the page passes to t() has its Japanese', () => {
    const found = calledStrings();
    expect(found.length).toBeGreaterThan(5);
    const missing = found.filter((f) => !Object.hasOwn(JA, f.text)).map((f) => `${f.file}: ${f.text}`);
    expect(missing).toEqual([]);
  });

  it('the Japanese keeps every placeholder of the English', () => {
    for (const [en, ja] of Object.entries(JA)) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(ja), en).toEqual(names(en));
    }
  });

  it('no English string has two different translations in two tables', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const table of Object.values(JA_TABLES))
      for (const [en, ja] of Object.entries(table)) {
        if (seen.has(en) && seen.get(en) !== ja) clashes.push(en);
        seen.set(en, ja);
      }
    expect(clashes).toEqual([]);
  });

  it('fills placeholders and falls back to the English for an unknown string', () => {
    expect(translate('ja', 'Lesson: {title}', { title: 'X' })).toBe('レッスン：X');
    expect(translate('en', 'Lesson: {title}', { title: 'X' })).toBe('Lesson: X');
    expect(translate('ja', 'not a known string {n}', { n: 3 })).toBe('not a known string 3');
  });
});
