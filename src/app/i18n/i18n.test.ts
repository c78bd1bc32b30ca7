import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasJapanese, translate } from './t';
import { EN_TABLES, JA_TABLES } from './tables';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The page's sources without comments (a comment may show t('...') as an example). */
const code = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');

/** The tables whose ids the page writes out ('backend.measureAgain'); the others' ids are built from data. */
const WRITTEN = ['page', 'controls', 'session', 'charts', 'explain', 'labels', 'backend', 'progress'];
const ALSO_WRITTEN = ['faults', 'workshop', 'classRun', 'study'];

describe('English and Japanese by id', () => {
  it('every table of English has a table of Japanese with exactly its ids', () => {
    expect(Object.keys(JA_TABLES).sort()).toEqual(Object.keys(EN_TABLES).sort());
    for (const [area, en] of Object.entries(EN_TABLES)) {
      const ja = (JA_TABLES as Record<string, Record<string, string>>)[area];
      expect(Object.keys(ja).sort(), area).toEqual(Object.keys(en).sort());
    }
  });

  it('every id is short: a key of at most 32 characters in an area', () => {
    const long = Object.entries(EN_TABLES).flatMap(([area, t]) =>
      Object.keys(t)
        .filter((k) => k.length > 32 || !/^[\w-]+$/.test(k))
        .map((k) => `${area}.${k}`),
    );
    expect(long).toEqual([]);
  });

  it('every written id is used by the page (no translation is left behind when its string goes)', () => {
    const all = sources('src/app')
      .filter((f) => !f.includes(`${join('src', 'app', 'i18n')}/`) || f.endsWith('LanguageSwitch.tsx'))
      .map(code)
      .join('\n');
    const unused = [...WRITTEN, ...ALSO_WRITTEN].flatMap((area) =>
      Object.keys((EN_TABLES as Record<string, Record<string, string>>)[area])
        .map((k) => `${area}.${k}`)
        .filter((id) => !all.includes(`'${id}'`) && !all.includes(`\`${id}\``)),
    );
    expect(unused).toEqual([]);
  });

  it('every id the page writes out exists (the compiler checks typed calls; this, any other)', () => {
    const ids = new Set<string>();
    const quoted = new RegExp(`'((?:${Object.keys(EN_TABLES).join('|')})\\.[A-Za-z0-9_-]+)'`, 'g');
    for (const file of sources('src/app')) for (const m of code(file).matchAll(quoted)) ids.add(m[1]);
    expect(ids.size).toBeGreaterThan(400);
    expect([...ids].filter((id) => !hasJapanese(id))).toEqual([]);
  });

  it('the Japanese keeps every placeholder of the English', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [area, en] of Object.entries(EN_TABLES)) {
      const ja = (JA_TABLES as Record<string, Record<string, string>>)[area];
      for (const [k, text] of Object.entries<string>(en))
        expect(names(ja[k]), `${area}.${k}`).toEqual(names(text));
    }
  });

  it('fills placeholders, falls back to the English where a table lacks an id, and shows an unknown id', () => {
    expect(translate('ja', 'page.lessonTitle', { title: 'X' })).toBe('レッスン：X');
    expect(translate('en', 'page.lessonTitle', { title: 'X' })).toBe('Lesson: X');
    expect(translate('ja', 'field.oneOf', { options: 'a, b', raw: '"c"' })).toContain('"c"');
    // @ts-expect-error: an id no table has does not compile; at run time it shows as itself.
    expect(translate('ja', 'page.noSuchId')).toBe('page.noSuchId');
  });
});
