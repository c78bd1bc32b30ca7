/**
 * The class API end to end on a loopback server: rooms, joins, results, the presenter's view and drops,
 * replay after a restart, and hostile requests (oversized bodies, bad fields, path tricks, floods).
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../formats/classRoom/roomMessages';
import { startTestServer, type TestServer } from './testServer';

let dir: string;
let srv: TestServer;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rooms-'));
  srv = await startTestServer(dir);
});
afterEach(async () => {
  await srv.stop();
  await rm(dir, { recursive: true, force: true });
});

async function call(
  path: string,
  init: { method?: string; body?: unknown; key?: string; raw?: string; type?: string } = {},
) {
  const headers: Record<string, string> = {};
  if (init.body !== undefined || init.raw !== undefined)
    headers['content-type'] = init.type ?? 'application/json';
  if (init.key) headers['x-room-key'] = init.key;
  const res = await fetch(srv.url + path, {
    method: init.method ?? (init.body !== undefined || init.raw !== undefined ? 'POST' : 'GET'),
    headers,
    body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown>, headers: res.headers };
}

const id = (n: number) => n.toString(16).padStart(32, '0');
const arms = (g: number) => [
  { name: 'nft', method: 'nft', greedy: g, sampled: g / 2, entropy: 0.5 },
  { name: 'rft', method: 'rft', greedy: 0.3, sampled: 0.2, entropy: null },
];

async function room() {
  const r = await call('/api/rooms', { body: { settings: '#preset=tiny&methods=nft,rft' } });
  expect(r.status).toBe(201);
  return r.body as { code: string; key: string };
}

describe('class rooms API', () => {
  it('answers the page check, makes rooms with unguessable codes and separate presenter keys', async () => {
    expect((await call('/api/class')).body).toEqual({ classRooms: 1 });
    const a = await room();
    const b = await room();
    expect(a.code).toMatch(/^[a-z2-9]{10}$/);
    expect(a.key).toMatch(/^[0-9a-f]{32}$/);
    expect(a.code).not.toBe(b.code);
    // The journal holds the key's hash, never the key.
    const text = await readFile(join(dir, `${a.code}.jsonl`), 'utf8');
    expect(text).not.toContain(a.key);
  });

  it('gives each attendee its own seed, the same one again on a rejoin, and stores results once', async () => {
    const { code, key } = await room();
    const j1 = await call(`/api/rooms/${code}/join`, { body: { attendee: id(1), name: 'Ann' } });
    const j2 = await call(`/api/rooms/${code}/join`, { body: { attendee: id(2), name: '' } });
    const again = await call(`/api/rooms/${code}/join`, { body: { attendee: id(1), name: 'Ann' } });
    expect([j1.body.seed, j2.body.seed, again.body.seed]).toEqual([1, 2, 1]);
    // A rejoin with a new name renames; an empty one keeps the name.
    await call(`/api/rooms/${code}/join`, { body: { attendee: id(2), name: 'Bo' } });
    await call(`/api/rooms/${code}/join`, { body: { attendee: id(2), name: '' } });
    expect(j1.body.settings).toBe('#preset=tiny&methods=nft,rft');
    const post = {
      attendee: id(1),
      seed: 1,
      results: [
        { iteration: 0, arms: arms(0.2) },
        { iteration: 1, arms: arms(0.4) },
      ],
    };
    expect((await call(`/api/rooms/${code}/results`, { body: post })).body).toEqual({
      stored: 2,
      duplicates: 0,
    });
    expect((await call(`/api/rooms/${code}/results`, { body: post })).body).toEqual({
      stored: 0,
      duplicates: 2,
    });
    // Another seed than the one given is refused.
    expect((await call(`/api/rooms/${code}/results`, { body: { ...post, seed: 2 } })).status).toBe(409);
    const view = await call(`/api/rooms/${code}`, { key });
    expect(view.status).toBe(200);
    const attendees = view.body.attendees as { seed: number; name: string; results: unknown[] }[];
    expect(attendees.map((a) => [a.seed, a.name, a.results.length])).toEqual([
      [1, 'Ann', 2],
      [2, 'Bo', 0],
    ]);
  });

  it('only the presenter key reads the room or drops an attendee, and a dropped attendee stays out', async () => {
    const { code, key } = await room();
    const other = await room();
    await call(`/api/rooms/${code}/join`, { body: { attendee: id(1), name: '' } });
    expect((await call(`/api/rooms/${code}`)).status).toBe(403);
    expect((await call(`/api/rooms/${code}`, { key: other.key })).status).toBe(403);
    expect((await call(`/api/rooms/${code}`, { key: 'x'.repeat(32) })).status).toBe(403);
    const path = `/api/rooms/${code}/attendees/${id(1)}`;
    expect((await call(path, { method: 'DELETE', key: other.key })).status).toBe(403);
    expect((await call(path, { method: 'DELETE', key })).status).toBe(200);
    expect(((await call(`/api/rooms/${code}`, { key })).body.attendees as unknown[]).length).toBe(0);
    expect((await call(`/api/rooms/${code}/join`, { body: { attendee: id(1), name: '' } })).status).toBe(410);
    const post = { attendee: id(1), seed: 1, results: [{ iteration: 0, arms: arms(0.2) }] };
    expect((await call(`/api/rooms/${code}/results`, { body: post })).status).toBe(410);
    // A new attendee gets a new seed: seeds are never handed out twice.
    expect((await call(`/api/rooms/${code}/join`, { body: { attendee: id(3), name: '' } })).body.seed).toBe(
      2,
    );
  });

  it('a restarted server has every room, attendee, result and drop (replayed from the journals)', async () => {
    const { code, key } = await room();
    for (let n = 1; n <= 3; n++) {
      await call(`/api/rooms/${code}/join`, { body: { attendee: id(n), name: `p${n}` } });
      const results = [0, 1, 2].map((iteration) => ({ iteration, arms: arms(iteration / 10 + n / 100) }));
      await call(`/api/rooms/${code}/results`, { body: { attendee: id(n), seed: n, results } });
    }
    await call(`/api/rooms/${code}/attendees/${id(2)}`, { method: 'DELETE', key });
    const before = (await call(`/api/rooms/${code}`, { key })).body;
    expect(srv.api.rooms.resultsHeld).toBe(6); // the dropped attendee's 3 no longer count
    await srv.stop();
    // A torn last line (a crash mid-write) is skipped, and the next entry starts on a line of its own.
    await writeFile(
      join(dir, `${code}.jsonl`),
      `${await readFile(join(dir, `${code}.jsonl`), 'utf8')}{"t":"resu`,
    );
    srv = await startTestServer(dir);
    expect((await call(`/api/rooms/${code}`, { key })).body).toEqual(before);
    expect(srv.api.rooms.resultsHeld).toBe(6);
    await call(`/api/rooms/${code}/join`, { body: { attendee: id(4), name: '' } });
    await srv.stop();
    srv = await startTestServer(dir);
    const after = (await call(`/api/rooms/${code}`, { key })).body.attendees as { seed: number }[];
    expect(after.map((a) => a.seed)).toEqual([1, 3, 4]);
  });

  it('concurrent joins get distinct seeds, and concurrent posts all reach the journal in order', async () => {
    const { code, key } = await room();
    const ids = Array.from({ length: 60 }, (_, n) => id(n + 1));
    const joins = await Promise.all(
      ids.map((a) => call(`/api/rooms/${code}/join`, { body: { attendee: a, name: '' } })),
    );
    const seeds = joins.map((j) => j.body.seed as number);
    expect(new Set(seeds).size).toBe(60);
    expect(Math.max(...seeds)).toBe(60);
    const posts = await Promise.all(
      ids.flatMap((a, n) =>
        [0, 1].map((iteration) =>
          call(`/api/rooms/${code}/results`, {
            body: { attendee: a, seed: seeds[n], results: [{ iteration, arms: arms(0.1) }] },
          }),
        ),
      ),
    );
    expect(posts.every((p) => p.status === 200)).toBe(true);
    const before = (await call(`/api/rooms/${code}`, { key })).body;
    await srv.stop();
    srv = await startTestServer(dir);
    const after = (await call(`/api/rooms/${code}`, { key })).body;
    expect(after).toEqual(before);
    expect((after.attendees as { results: unknown[] }[]).every((a) => a.results.length === 2)).toBe(true);
  });

  it('refuses bad fields with 400 and a message naming the field', async () => {
    const { code } = await room();
    await call(`/api/rooms/${code}/join`, { body: { attendee: id(1), name: '' } });
    const bad: [string, unknown][] = [
      ['attendee', { attendee: 'ABC', seed: 1, results: [{ iteration: 0, arms: arms(0.1) }] }],
      ['seed', { attendee: id(1), seed: -1, results: [{ iteration: 0, arms: arms(0.1) }] }],
      ['results', { attendee: id(1), seed: 1, results: [] }],
      ['iteration', { attendee: id(1), seed: 1, results: [{ iteration: 1.5, arms: arms(0.1) }] }],
      ['greedy', { attendee: id(1), seed: 1, results: [{ iteration: 0, arms: arms(1.5) }] }],
      [
        'method',
        { attendee: id(1), seed: 1, results: [{ iteration: 0, arms: [{ ...arms(0.1)[0], method: 'x' }] }] },
      ],
      [
        'name',
        { attendee: id(1), seed: 1, results: [{ iteration: 0, arms: [{ ...arms(0.1)[0], name: '../x' }] }] },
      ],
      [
        'entropy',
        {
          attendee: id(1),
          seed: 1,
          results: [{ iteration: 0, arms: [{ ...arms(0.1)[0], entropy: 'NaN' }] }],
        },
      ],
      [
        'twice',
        { attendee: id(1), seed: 1, results: [{ iteration: 0, arms: [arms(0.1)[0], arms(0.1)[0]] }] },
      ],
      ['unknown field', { attendee: id(1), seed: 1, results: [], extra: 1 }],
    ];
    for (const [field, body] of bad) {
      const r = await call(`/api/rooms/${code}/results`, { body });
      expect(r.status, field).toBe(400);
      expect(String(r.body.error), field).toContain(field);
    }
    expect(
      (await call(`/api/rooms/${code}/join`, { body: { attendee: id(2), name: 'a\u202eb' } })).status,
    ).toBe(400);
    expect(
      (await call(`/api/rooms/${code}/join`, { body: { attendee: id(2), name: 'x'.repeat(41) } })).status,
    ).toBe(400);
    expect((await call('/api/rooms', { body: { settings: 'a b' } })).status).toBe(400);
    expect((await call(`/api/rooms/${code}/join`, { raw: '{"attendee":' })).status).toBe(400);
    expect((await call(`/api/rooms/${code}/join`, { raw: '{}', type: 'text/plain' })).status).toBe(415);
    expect((await call(`/api/rooms/${code}/join`)).status).toBe(405);
    expect(
      (
        await call(`/api/rooms/${code}/results`, {
          body: { attendee: id(9), seed: 1, results: [{ iteration: 0, arms: arms(0.1) }] },
        })
      ).status,
    ).toBe(404);
  });

  it('refuses oversized bodies with 413, declared or streamed', async () => {
    const { code } = await room();
    const big = JSON.stringify({ attendee: id(1), name: 'x'.repeat(LIMITS.bodyBytes) });
    expect((await call(`/api/rooms/${code}/join`, { raw: big })).status).toBe(413);
    // Chunked, with no content-length: counted as it arrives.
    const status = await new Promise<number>((done, fail) => {
      const req = request(`${srv.url}/api/rooms/${code}/join`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      });
      req.on('response', (res) => done(res.statusCode ?? 0));
      req.on('error', fail);
      const chunk = 'x'.repeat(4096);
      const write = (left: number) => {
        if (left === 0 || req.destroyed) return req.end();
        req.write(chunk, () => write(left - 1));
      };
      write(64);
    });
    expect(status).toBe(413);
  });

  it('never touches a path outside the data folder: codes are pattern-checked', async () => {
    const tricks = [
      '..%2F..%2Fetc%2Fpasswd',
      '..',
      '%2e%2e',
      'abcdefghjk%00',
      'ABCDEFGHJK',
      'abcdefghj',
      'abcdefghjkm',
      'a/b',
      'abcdefghj1',
    ];
    for (const t of tricks) {
      const r = await call(`/api/rooms/${t}/join`, { body: { attendee: id(1), name: '' } });
      expect([404], t).toContain(r.status);
    }
    expect((await call('/api/rooms/../../x')).status).toBe(404);
    expect(await readdir(dir)).toEqual([]);
  });

  it('caps posts per attendee per minute (429 with Retry-After), attendees per room and rooms', async () => {
    // A stopped clock: no token comes back during the test, however slowly it runs.
    await srv.stop();
    srv = await startTestServer(dir, () => 1_000_000);
    const { code } = await room();
    await call(`/api/rooms/${code}/join`, { body: { attendee: id(1), name: '' } });
    const statuses: number[] = [];
    for (let i = 0; i < LIMITS.postsPerMinute + 5; i++) {
      const r = await call(`/api/rooms/${code}/results`, {
        body: { attendee: id(1), seed: 1, results: [{ iteration: i, arms: arms(0.1) }] },
      });
      statuses.push(r.status);
      if (r.status === 429) expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    // The join took one token: the bucket empties after postsPerMinute - 1 posts.
    expect(statuses.filter((s) => s === 200).length).toBe(LIMITS.postsPerMinute - 1);
    expect(statuses.at(-1)).toBe(429);
    // The refused posts were not stored.
    expect(srv.api.rooms.get(code).attendees.get(id(1))?.results.size).toBe(LIMITS.postsPerMinute - 1);

    const rooms = srv.api.rooms;
    const full = rooms.get(code);
    for (let n = 2; full.attendees.size < LIMITS.attendeesPerRoom; n++)
      rooms.apply(code, { t: 'join', attendee: id(n), name: '', seed: n, at: '' });
    expect(
      (await call(`/api/rooms/${code}/join`, { body: { attendee: id(100_000), name: '' } })).status,
    ).toBe(409);
    // The server-wide cap on results held (memory), counted across rooms and freed by a drop.
    rooms.resultsHeld = LIMITS.resultsTotal;
    const post = { attendee: id(2), seed: 2, results: [{ iteration: 0, arms: arms(0.1) }] };
    const noRoom = await call(`/api/rooms/${code}/results`, { body: post });
    expect(noRoom.status).toBe(507);
    expect(String(noRoom.body.error)).toContain(String(LIMITS.resultsTotal));
    rooms.resultsHeld = LIMITS.resultsTotal - 1;
    expect((await call(`/api/rooms/${code}/results`, { body: post })).status).toBe(200);
    for (let n = rooms.rooms.size; n < LIMITS.rooms; n++) await room();
    const over = await call('/api/rooms', { body: { settings: '#' } });
    expect(over.status).toBe(503);
    expect(String(over.body.error)).toContain(String(LIMITS.rooms));
  });

  it('answers 404 for unknown rooms and APIs, and leaves other paths to the next handler', async () => {
    expect((await call('/api/rooms/abcdefghjk', { key: 'a'.repeat(32) })).status).toBe(404);
    expect((await call('/api/nothing')).status).toBe(404);
    expect((await fetch(`${srv.url}/index.html`)).status).toBe(404);
  });
});
