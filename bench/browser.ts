/**
 * `npm run bench:browser`: the page's own speed in Chromium, per tfjs backend. It builds nothing: run
 * `npm run build` first. It serves the build with `vite preview` on a free port, and for each backend
 * (forced through the URL hash) opens the page, plays the tiny preset to its end and reads
 * window.__nftPerf (src/app/perf): the time from navigation start to the first plotted point of every
 * arm, iterations per second while training (one iteration = one of every arm; evaluations included)
 * and the long tasks (over 50 ms) of the main thread while training. A Chromium trace gives each long
 * task's CPU time: one that ran under 50 ms only waited for a core (the machine was busy).
 *
 * First, from page load (bench/fromLoad.ts, issue 13): per scenario backend:preset (--scenarios, default
 * auto:workshop,auto:tiny,wasm:workshop,webgpu:tiny), the first plotted and first trained point, it/s
 * over --train-seconds (default 60) of training, and the Pause latency.
 *
 * Options: --iterations N (default 3, the tiny preset's), --backends webgpu,webgl,wasm,cpu,
 * --hash 'mix=add1,add2&seed=3' (more settings for the link), --dist DIR (default dist),
 * --timeout S per backend (default 900), --only from-load|backends (one of the two tables).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { type Browser, chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/chromium';
import type { PerfSnapshot } from '../src/app/perf/perfFigures';
import { type FromLoadRow, fromLoad, fromLoadTable, parseScenarios } from './fromLoad';
import { judgeLongTasks, mainThreadTasks, maxCpuTask, type TraceEvent } from './mainThread';

const { values } = parseArgs({
  options: {
    iterations: { type: 'string', default: '3' },
    backends: { type: 'string', default: 'webgpu,webgl,wasm,cpu' },
    hash: { type: 'string', default: '' },
    dist: { type: 'string', default: 'dist' },
    timeout: { type: 'string', default: '900' },
    scenarios: { type: 'string', default: 'auto:workshop,auto:tiny,wasm:workshop,webgpu:tiny' },
    'train-seconds': { type: 'string', default: '60' },
    only: { type: 'string', default: '' },
  },
});
const iterations = Number(values.iterations);
const backends = values.backends.split(',');
const timeoutMs = Number(values.timeout) * 1000;
const SYNC_MARK = 'nft-bench-sync';

interface Row {
  backend: string;
  firstPointS: string;
  itPerSec: string;
  longTasks: string;
  note: string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function startPreview(dist: string, port: number): Promise<ChildProcess> {
  const args = [
    'vite',
    'preview',
    '--outDir',
    dist,
    '--port',
    String(port),
    '--strictPort',
    '--host',
    '127.0.0.1',
  ];
  const server = spawn('npx', args, { stdio: 'ignore', detached: true });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 120; i++) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`vite preview did not answer on ${url}`);
}

function stopPreview(server: ChildProcess): void {
  if (server.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
}

/** One backend: plays the run to its end under a trace and reads the page's figures. */
async function measure(browser: Browser, base: string, backend: string): Promise<Row> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(timeoutMs);
  const extra = values.hash ? `&${values.hash}` : '';
  try {
    await page.goto(`${base}/#preset=tiny&backend=${backend}&iterations=${iterations}${extra}`);
    const status = page.getByTestId('status');
    const error = page.getByTestId('error');
    const phase = (p: string) => page.locator(`[data-testid="status"][data-phase="${p}"]`);
    await phase('idle').or(error).first().waitFor();
    if (await error.isVisible()) throw new Error((await error.textContent()) ?? 'error');
    const running = (await page.getByTestId('backend').textContent()) ?? '';
    if (running !== backend) throw new Error(`runs on ${running}, not ${backend}`);
    await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
    let trace: { traceEvents: TraceEvent[] };
    try {
      await page.evaluate((mark) => performance.mark(mark), SYNC_MARK);
      await page.keyboard.press(' ');
      await phase('done').or(phase('error')).first().waitFor();
    } finally {
      trace = JSON.parse((await browser.stopTracing()).toString());
    }
    if ((await status.getAttribute('data-phase')) === 'error')
      throw new Error((await error.textContent()) ?? 'error');
    const p = (await page.evaluate(() => window.__nftPerf)) as PerfSnapshot;
    const tasks = mainThreadTasks(trace.traceEvents, SYNC_MARK);
    const verdicts = judgeLongTasks(p.longTasksDuringTraining, tasks);
    const starved = verdicts.filter((v) => v.starved).length;
    const busiest = Math.max(
      0,
      ...p.trainingSpans.map(
        (iv) => maxCpuTask(tasks, iv.start, iv.end ?? Number.POSITIVE_INFINITY)?.cpuMs ?? 0,
      ),
    );
    return {
      backend,
      firstPointS: ((p.firstPointMs ?? Number.NaN) / 1000).toFixed(1),
      itPerSec: `${(p.itPerSec ?? Number.NaN).toFixed(3)} (${p.iterations} in ${(p.runningMs / 1000).toFixed(1)} s)`,
      longTasks:
        p.longTasks === 0
          ? '0'
          : `${p.longTasks}, max ${p.longTaskMaxMs.toFixed(0)} ms; ${starved} waited for a core (< 50 ms CPU)`,
      note: `busiest main-thread task ${busiest.toFixed(0)} ms CPU`,
    };
  } catch (e) {
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return { backend, firstPointS: '-', itPerSec: '-', longTasks: '-', note: `failed: ${msg}` };
  } finally {
    await context.close();
  }
}

function table(rows: Row[]): string {
  const head = [
    'backend',
    'first point (s)',
    'it/s (iterations in training time)',
    'long tasks > 50 ms',
    'note',
  ];
  const lines = rows.map((r) => [r.backend, r.firstPointS, r.itPerSec, r.longTasks, r.note]);
  return [head, head.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

async function main(): Promise<void> {
  if (!existsSync(`${values.dist}/index.html`)) {
    throw new Error(`no build in ${values.dist}/: run \`npm run build\` first`);
  }
  const load = () =>
    loadavg()
      .map((x) => x.toFixed(2))
      .join(' ');
  console.log(`machine: ${availableParallelism()} cores, load average at start ${load()}`);
  const port = await freePort();
  const server = await startPreview(values.dist, port);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  console.log(
    `Chromium ${browser.version()}, ${values.dist}/ on port ${port}, tiny preset, ${iterations} iterations`,
  );
  const rows: Row[] = [];
  const fromLoadRows: FromLoadRow[] = [];
  try {
    for (const s of values.only === 'backends' ? [] : parseScenarios(values.scenarios)) {
      const row = await fromLoad(browser, `http://127.0.0.1:${port}`, s, Number(values['train-seconds']));
      console.log(`${row.scenario}: ${JSON.stringify(row)}  (load average ${load()})`);
      fromLoadRows.push(row);
    }
    for (const backend of values.only === 'from-load' ? [] : backends) {
      const row = await measure(browser, `http://127.0.0.1:${port}`, backend);
      console.log(`${backend}: ${JSON.stringify(row)}  (load average ${load()})`);
      rows.push(row);
    }
  } finally {
    await browser.close();
    stopPreview(server);
  }
  if (fromLoadRows.length)
    console.log(`\nFrom page load (methods nft,rft):\n\n${fromLoadTable(fromLoadRows)}`);
  if (rows.length) console.log(`\nPer backend, tiny preset to its end:\n\n${table(rows)}`);
  console.log(`\nload average at the end ${load()}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
