/**
 * Load test of the class rooms, on loopback only: a server in its own process (bench/classServer.ts),
 * then N simulated attendees (default 300) each joining one room and posting one evaluation a second
 * for S seconds (default 60). Reports the answer times (p50, p95, p99, max), every status other than
 * 200, and the results lost: those posted and answered 200 but missing from the room afterwards.
 *
 *   npm run bench:class [-- --attendees 300 --seconds 60]
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

function arg(name: string, fallback: number, max: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < 1 || v > max) throw new Error(`--${name}: a whole number from 1 to ${max}`);
  return v;
}

const ATTENDEES = arg('attendees', 300, 500);
const SECONDS = arg('seconds', 60, 120);

const id = (n: number) => n.toString(16).padStart(32, '0');
const result = (iteration: number) => ({
  iteration,
  arms: [
    { name: 'nft', method: 'nft', greedy: Math.random(), sampled: Math.random(), entropy: 0.4 },
    { name: 'rft', method: 'rft', greedy: Math.random(), sampled: Math.random(), entropy: 0.3 },
  ],
});

async function post(url: string, body: unknown): Promise<{ status: number; ms: number }> {
  const t = performance.now();
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    await res.arrayBuffer();
    return { status: res.status, ms: performance.now() - t };
  } catch {
    return { status: 0, ms: performance.now() - t };
  }
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

/** The server in its own process, on `dir`; resolves to its address. */
async function startServer(dir: string): Promise<{ base: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/classServer.ts', dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = await new Promise<string>((done) => {
    createInterface({ input: child.stdout }).once('line', done);
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  return { base, stop };
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'class-bench-'));
  let server = await startServer(dir);
  try {
    const { base } = server;
    if (!base.startsWith('http://127.0.0.1:')) throw new Error(`not a loopback server: ${base}`);
    const created = await fetch(`${base}/api/rooms`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ settings: '#preset=tiny&methods=nft,rft' }),
    }).then((r) => r.json() as Promise<{ code: string; key: string }>);
    const room = `${base}/api/rooms/${created.code}`;
    const seeds: number[] = [];
    for (let n = 0; n < ATTENDEES; n++) {
      const r = await fetch(`${room}/join`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ attendee: id(n + 1), name: '' }),
      }).then((x) => x.json() as Promise<{ seed: number }>);
      seeds.push(r.seed);
    }
    console.log(`${ATTENDEES} attendees joined room ${created.code}; posting for ${SECONDS} s...`);

    const times: number[] = [];
    const statuses = new Map<number, number>();
    const accepted = new Array<number>(ATTENDEES).fill(0);
    const t0 = performance.now();
    await Promise.all(
      seeds.map(async (seed, n) => {
        // Each attendee's first post at a random moment of the first second, then one a second.
        const offset = Math.random() * 1000;
        for (let i = 0; i < SECONDS; i++) {
          const wait = t0 + offset + i * 1000 - performance.now();
          if (wait > 0) await new Promise((r) => setTimeout(r, wait));
          const r = await post(`${room}/results`, { attendee: id(n + 1), seed, results: [result(i)] });
          times.push(r.ms);
          statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
          if (r.status === 200) accepted[n]++;
        }
      }),
    );
    const wall = (performance.now() - t0) / 1000;
    const view = (await fetch(room, { headers: { 'x-room-key': created.key } }).then((r) => r.json())) as {
      attendees: { results: unknown[] }[];
    };
    const stored = view.attendees.reduce((s, a) => s + a.results.length, 0);
    // And after a restart, from the journal alone (the new server listens on another free port).
    await server.stop();
    server = await startServer(dir);
    const replayed = (await fetch(`${server.base}/api/rooms/${created.code}`, {
      headers: { 'x-room-key': created.key },
    }).then((r) => r.json())) as { attendees: { results: unknown[] }[] };
    const storedAfterRestart = replayed.attendees.reduce((s, a) => s + a.results.length, 0);
    const lost = accepted.reduce((s, a) => s + a, 0) - stored;
    times.sort((a, b) => a - b);
    const ms = (v: number) => `${v.toFixed(1)} ms`;
    console.log(`posts: ${times.length} in ${wall.toFixed(1)} s (${(times.length / wall).toFixed(0)}/s)`);
    console.log(`statuses: ${[...statuses].map(([s, c]) => `${s}: ${c}`).join(', ')}`);
    console.log(
      `answer time: p50 ${ms(quantile(times, 0.5))}, p95 ${ms(quantile(times, 0.95))}, p99 ${ms(quantile(times, 0.99))}, max ${ms(times.at(-1) ?? 0)}`,
    );
    console.log(
      `results stored: ${stored} of ${ATTENDEES * SECONDS} posted; lost (answered 200 but missing): ${lost}`,
    );
    console.log(`after a restart: ${storedAfterRestart} read back from the journal`);
    if (lost !== 0 || stored !== ATTENDEES * SECONDS || storedAfterRestart !== stored) process.exitCode = 1;
  } finally {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
