import { describe, expect, it } from 'vitest';
import { buildVersion, precacheList } from './plugin';

describe('the service worker build step', () => {
  it('lists the page, the build and public/, without maps, duplicates or itself', () => {
    const list = precacheList(
      ['assets/a-1.js', 'assets/a-1.js.map', 'sw.js', 'index.html', 'assets/x.wasm'],
      ['models/base/model.json', 'models/base/group1-shard1of1.bin'],
    );
    expect(list).toEqual([
      'assets/a-1.js',
      'assets/x.wasm',
      'index.html',
      'models/base/group1-shard1of1.bin',
      'models/base/model.json',
    ]);
  });

  it('names the cache after every file: a changed model or chunk is a new version', () => {
    const files = new Map<string, string | Uint8Array>([
      ['index.html', '<html>'],
      ['models/base/group1-shard1of1.bin', new Uint8Array([1, 2, 3])],
    ]);
    const v = buildVersion(files);
    expect(v).toMatch(/^[0-9a-f]{16}$/);
    expect(buildVersion(new Map([...files].reverse()))).toBe(v);
    expect(
      buildVersion(new Map([...files, ['models/base/group1-shard1of1.bin', new Uint8Array([1, 2, 4])]])),
    ).not.toBe(v);
    expect(buildVersion(new Map([...files, ['assets/b.js', '']]))).not.toBe(v);
  });
});
