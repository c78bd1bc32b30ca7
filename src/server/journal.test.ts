import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataDir, Journal, journalPath } from './journal';
import { Rooms } from './rooms';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'journal-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('journal', () => {
  it('names files only after room codes, inside the data folder', () => {
    expect(journalPath(dir, 'abcdefghjk')).toBe(resolve(dir, 'abcdefghjk.jsonl'));
    for (const code of [
      '../abcdefgh',
      'abcdefghj/',
      '..',
      '',
      'abcdefghjk/../../x',
      'ABCDEFGHJK',
      'abcdefghjk\0',
    ])
      expect(() => journalPath(dir, code), JSON.stringify(code)).toThrow(/room code/);
  });

  it('reads CLASS_ROOMS_DIR, or out/rooms under the working directory', () => {
    expect(dataDir({}, '/w')).toBe(resolve('/w/out/rooms'));
    expect(dataDir({ CLASS_ROOMS_DIR: '/d' }, '/w')).toBe(resolve('/d'));
  });

  it('replays good lines, skips a bad one with a warning, and ignores files not named after a code', async () => {
    const room = { t: 'room', code: 'abcdefghjk', keyHash: 'a'.repeat(64), settings: '#x', at: '' };
    const join1 = { t: 'join', attendee: '1'.repeat(32), name: 'A', seed: 1, at: '' };
    const bad = { t: 'join', attendee: 'nope', name: '', seed: 2, at: '' };
    const join3 = { t: 'join', attendee: '3'.repeat(32), name: '', seed: 3, at: '' };
    await writeFile(
      join(dir, 'abcdefghjk.jsonl'),
      [room, join1, bad, join3].map((e) => JSON.stringify(e)).join('\n'),
    );
    await writeFile(join(dir, 'evil.jsonl'), JSON.stringify(room));
    const warnings: string[] = [];
    const rooms = new Rooms();
    const r = await new Journal(dir).replay(rooms, (m) => warnings.push(m));
    expect(r).toEqual({ rooms: 1, lines: 3, skipped: 1 });
    expect([...rooms.get('abcdefghjk').attendees.keys()]).toEqual(['1'.repeat(32), '3'.repeat(32)]);
    expect(warnings.some((w) => w.includes('evil.jsonl'))).toBe(true);
    expect(warnings.some((w) => w.includes('line 3'))).toBe(true);
    expect((await readdir(dir)).sort()).toEqual(['abcdefghjk.jsonl', 'evil.jsonl']);
  });
});
