/**
 * Each room's journal: an append-only JSON Lines file, `<data>/<code>.jsonl`, one entry a line. The
 * server writes an entry before it applies it, and replays every journal on start, so a restart loses
 * nothing. File names come only from codes that match ROOM_CODE, and every path is checked to lie in
 * the data folder.
 */
import { type FileHandle, mkdir, open, readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import {
  checkCreate,
  checkJoin,
  checkResults,
  ROOM_CODE,
  ROOM_KEY,
} from '../formats/classRoom/roomMessages.ts';
import type { JournalEntry, Rooms } from './rooms.ts';

/** The journal's path for `code`; throws unless the code is a room code and the path is inside `dir`. */
export function journalPath(dir: string, code: string): string {
  if (!ROOM_CODE.test(code)) throw new Error(`not a room code: ${JSON.stringify(code.slice(0, 20))}`);
  const root = resolve(dir);
  const file = resolve(root, `${code}.jsonl`);
  const rel = relative(root, file);
  if (rel.startsWith('..') || rel.includes(sep)) throw new Error('a journal outside the data folder');
  return file;
}

/** Checks a journal line as strictly as the requests it came from (the file may have been edited). */
export function checkEntry(v: unknown): JournalEntry {
  if (typeof v !== 'object' || v === null) throw new Error('not an entry');
  const e = v as Record<string, unknown>;
  const at = typeof e.at === 'string' && e.at.length <= 40 ? e.at : '';
  switch (e.t) {
    case 'room': {
      const { settings } = checkCreate({ settings: e.settings });
      if (typeof e.keyHash !== 'string' || !/^[0-9a-f]{64}$/.test(e.keyHash)) throw new Error('bad key hash');
      if (typeof e.code !== 'string' || !ROOM_CODE.test(e.code)) throw new Error('bad code');
      return { t: 'room', code: e.code, keyHash: e.keyHash, settings, at };
    }
    case 'join': {
      const { attendee, name } = checkJoin({ attendee: e.attendee, name: e.name });
      if (typeof e.seed !== 'number' || !Number.isInteger(e.seed) || e.seed < 1) throw new Error('bad seed');
      return { t: 'join', attendee, name, seed: e.seed, at };
    }
    case 'results': {
      const r = checkResults({ attendee: e.attendee, seed: e.seed, results: e.results });
      return { t: 'results', ...r };
    }
    case 'drop': {
      if (typeof e.attendee !== 'string' || !ROOM_KEY.test(e.attendee)) throw new Error('bad attendee');
      return { t: 'drop', attendee: e.attendee, at };
    }
    default:
      throw new Error('unknown entry');
  }
}

export class Journal {
  private handles = new Map<string, FileHandle>();
  /** Journals whose last line was torn: the next entry starts on a new line. */
  private torn = new Set<string>();
  constructor(readonly dir: string) {}

  /** Replays every room's journal in `dir` into `rooms`; returns the rooms and lines read, and lines skipped. */
  async replay(
    rooms: Rooms,
    warn: (m: string) => void = console.warn,
  ): Promise<{ rooms: number; lines: number; skipped: number }> {
    await mkdir(this.dir, { recursive: true });
    let lines = 0;
    let skipped = 0;
    const files = (await readdir(this.dir)).filter((f) => f.endsWith('.jsonl')).sort();
    for (const file of files) {
      const code = file.slice(0, -'.jsonl'.length);
      if (!ROOM_CODE.test(code)) {
        warn(`class rooms: ignoring ${file} (not a room code)`);
        continue;
      }
      const text = await readFile(journalPath(this.dir, code), 'utf8');
      if (text !== '' && !text.endsWith('\n')) this.torn.add(code);
      const rows = text.split('\n');
      for (let i = 0; i < rows.length; i++) {
        if (rows[i] === '') continue;
        try {
          const entry = checkEntry(JSON.parse(rows[i]));
          if (i === 0 ? entry.t !== 'room' || entry.code !== code : entry.t === 'room')
            throw new Error('out of place');
          rooms.apply(code, entry);
          lines++;
        } catch (e) {
          // A torn last line (the server stopped mid-write) is expected; anything else is worth a word.
          skipped++;
          if (i < rows.length - 1)
            warn(`class rooms: ${file} line ${i + 1} skipped: ${(e as Error).message}`);
          if (i === 0) break;
        }
      }
    }
    return { rooms: rooms.rooms.size, lines, skipped };
  }

  /**
   * Appends one entry to the room's journal; resolves once the OS has it. Entries that arrive while a
   * write is under way go out together in the next one (one system call for many attendees' posts), in
   * the order they came.
   */
  append(code: string, entry: JournalEntry): Promise<void> {
    return new Promise((resolve, reject) => {
      const batch = this.pending.get(code) ?? { lines: [], waiters: [] };
      batch.lines.push(`${JSON.stringify(entry)}\n`);
      batch.waiters.push({ resolve, reject });
      this.pending.set(code, batch);
      void this.drain(code);
    });
  }

  private pending = new Map<
    string,
    { lines: string[]; waiters: { resolve: () => void; reject: (e: Error) => void }[] }
  >();
  private writing = new Set<string>();

  private async drain(code: string): Promise<void> {
    if (this.writing.has(code)) return;
    this.writing.add(code);
    try {
      for (let batch = this.pending.get(code); batch; batch = this.pending.get(code)) {
        this.pending.delete(code);
        try {
          let handle = this.handles.get(code);
          if (!handle) {
            handle = await open(journalPath(this.dir, code), 'a');
            this.handles.set(code, handle);
          }
          const start = this.torn.delete(code) ? '\n' : '';
          await handle.appendFile(start + batch.lines.join(''));
          for (const w of batch.waiters) w.resolve();
        } catch (e) {
          for (const w of batch.waiters) w.reject(e as Error);
        }
      }
    } finally {
      this.writing.delete(code);
    }
  }

  async close(): Promise<void> {
    for (const h of this.handles.values()) await h.close();
    this.handles.clear();
  }
}

/** Where the journals go: CLASS_ROOMS_DIR, or out/rooms under the working directory. */
export function dataDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return resolve(cwd, env.CLASS_ROOMS_DIR || join('out', 'rooms'));
}
