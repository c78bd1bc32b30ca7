/** The workshop server is plain Node: it imports no page module, UI package or DOM. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraph } from '../importGraph.testing';

describe('the workshop server', () => {
  it('imports no page module, UI package or DOM', () => {
    const { modules, packages } = importGraph(resolve('src/server/vitePlugin.ts'));
    expect([...modules].some((m) => m.endsWith('src/formats/classRoom/roomMessages.ts'))).toBe(true);
    expect([...modules].filter((m) => m.includes('/src/app/'))).toEqual([]);
    expect(
      [...packages].filter((p) => /^(react|react-dom|zustand|recharts|comlink|@tensorflow)(\/|$)/.test(p)),
    ).toEqual([]);
  });
});
