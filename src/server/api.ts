/**
 * The class rooms' HTTP API, as a plain Node request handler (mounted by the workshop server's Vite
 * plugin, vitePlugin.ts, and by the tests and the load test on a bare node:http server):
 *
 *   GET    /api/class                          200 {classRooms: 1}: the page's check that rooms exist here
 *   POST   /api/rooms            {settings}    201 {code, key}: a new room; key is the presenter's
 *   GET    /api/rooms/:code                    200 RoomView (header x-room-key)
 *   POST   /api/rooms/:code/join {attendee, name}          200 {seed, settings}
 *   POST   /api/rooms/:code/results {attendee, seed, results}  200 {stored, duplicates}
 *   DELETE /api/rooms/:code/attendees/:id      200 (header x-room-key): drops the attendee's results
 *
 * Everything else is refused with a status and a one-line {error}. A change is checked and applied in
 * one synchronous stretch, then answered once its journal has it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  ATTENDEE_ID,
  checkCreate,
  checkJoin,
  checkResults,
  FieldError,
  LIMITS,
  ROOM_CODE,
} from '../formats/classRoom/roomMessages.ts';
import { dataDir, Journal } from './journal.ts';
import { type JournalEntry, type Room, RoomError, Rooms } from './rooms.ts';

type Reply = { status: number; body: unknown };

function send(res: ServerResponse, { status, body }: Reply, retryAfter?: number): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...(retryAfter ? { 'retry-after': String(retryAfter) } : {}),
  });
  res.end(text);
}

/** The request's JSON body, read up to LIMITS.bodyBytes (413 beyond, 415 unless JSON, 400 if unparsable). */
async function readJson(req: IncomingMessage): Promise<unknown> {
  if (!/^application\/json(;|$)/i.test(req.headers['content-type'] ?? ''))
    throw new RoomError(415, 'expected a JSON body (content-type: application/json)');
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > LIMITS.bodyBytes) throw new RoomError(413, `body larger than ${LIMITS.bodyBytes} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > LIMITS.bodyBytes) throw new RoomError(413, `body larger than ${LIMITS.bodyBytes} bytes`);
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new RoomError(400, 'the body is not JSON');
  }
}

export interface ClassApi {
  /** Answers /api/ requests; calls `next` (or answers 404) for anything else. */
  handle(req: IncomingMessage, res: ServerResponse, next?: () => void): void;
  /** Resolves once the journals are replayed. */
  ready: Promise<{ rooms: number; lines: number; skipped: number }>;
  rooms: Rooms;
  close(): Promise<void>;
}

export function createClassApi(
  options: { dir?: string; now?: () => number; warn?: (m: string) => void } = {},
): ClassApi {
  const journal = new Journal(options.dir ?? dataDir());
  const rooms = new Rooms(options.now);
  const ready = journal.replay(rooms, options.warn);
  /** Rooms whose journal could not be written: read-only until a restart (which reads what was kept). */
  const broken = new Set<string>();

  /**
   * Applies `entry` at once (the caller checked it in the same synchronous stretch, so no other change
   * comes between) and resolves once its journal has it: an answer 200 means the entry is on disk.
   * Entries waiting for the disk are written together (journal.ts), in the order they were applied.
   */
  async function commit(code: string, entry: JournalEntry | null): Promise<void> {
    if (broken.has(code))
      throw new RoomError(503, 'the server cannot store anything in this room until it restarts');
    if (!entry) return;
    rooms.apply(code, entry);
    try {
      await journal.append(code, entry);
    } catch (e) {
      broken.add(code);
      (options.warn ?? console.warn)(`class rooms: could not write ${code}: ${(e as Error).message}`);
      throw new RoomError(503, 'the server could not store this; try again');
    }
  }

  const key = (req: IncomingMessage) => {
    const k = req.headers['x-room-key'];
    return typeof k === 'string' ? k : undefined;
  };

  async function route(req: IncomingMessage, parts: string[]): Promise<Reply> {
    const method = req.method ?? 'GET';
    const allow = (m: string) => {
      if (method !== m) throw new RoomError(405, `use ${m} here`);
    };
    if (parts.length === 1 && parts[0] === 'class') {
      allow('GET');
      return { status: 200, body: { classRooms: 1 } };
    }
    if (parts[0] !== 'rooms') throw new RoomError(404, 'no such API');
    if (parts.length === 1) {
      allow('POST');
      const body = checkCreate(await readJson(req));
      const { entry, key: presenterKey } = rooms.create(body);
      const code = (entry as { code: string }).code;
      await commit(code, entry);
      return { status: 201, body: { code, key: presenterKey } };
    }
    const code = parts[1];
    if (!ROOM_CODE.test(code)) throw new RoomError(404, 'no such room');
    const room: Room = rooms.get(code);
    if (parts.length === 2) {
      allow('GET');
      rooms.authorise(room, key(req));
      return { status: 200, body: rooms.view(room) };
    }
    if (parts.length === 3 && parts[2] === 'join') {
      allow('POST');
      const body = checkJoin(await readJson(req));
      const { seed, entry } = rooms.join(room, body);
      await commit(code, entry);
      return { status: 200, body: { seed, settings: room.settings } };
    }
    if (parts.length === 3 && parts[2] === 'results') {
      allow('POST');
      const body = checkResults(await readJson(req));
      const { stored, duplicates, entry } = rooms.post(room, body);
      await commit(code, entry);
      return { status: 200, body: { stored, duplicates } };
    }
    if (parts.length === 4 && parts[2] === 'attendees' && ATTENDEE_ID.test(parts[3])) {
      allow('DELETE');
      rooms.authorise(room, key(req));
      await commit(code, rooms.drop(room, parts[3]));
      return { status: 200, body: { dropped: parts[3] } };
    }
    throw new RoomError(404, 'no such API');
  }

  function handle(req: IncomingMessage, res: ServerResponse, next?: () => void): void {
    const path = (req.url ?? '/').split('?')[0];
    if (!path.startsWith('/api/')) {
      if (next) next();
      else send(res, { status: 404, body: { error: 'not found' } });
      return;
    }
    const parts = path.slice('/api/'.length).split('/');
    ready
      .then(() => route(req, parts))
      .then(
        (reply) => send(res, reply),
        (e: unknown) => {
          // A body refused half-read (an oversized one): answer, then close the connection.
          if (!req.complete) res.once('finish', () => req.destroy());
          if (e instanceof RoomError)
            send(res, { status: e.status, body: { error: e.message } }, e.retryAfter);
          else if (e instanceof FieldError) send(res, { status: 400, body: { error: e.message } });
          else {
            (options.warn ?? console.warn)(`class rooms: ${(e as Error).message}`);
            send(res, { status: 500, body: { error: 'internal error' } });
          }
        },
      );
  }

  return { handle, ready, rooms, close: () => journal.close() };
}
