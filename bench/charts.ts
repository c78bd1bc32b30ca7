/**
 * `npm run bench:charts`: what the charts cost the page's main thread as shipped: every metric's chart
 * (src/app/charts/MetricCard.tsx, recharts 3) with every arm, fed synthetic rows and redrawn through the
 * app's redraw queue (one chart per task, each at most once a second, only in view). It builds
 * bench/charts/ with Vite into a temporary folder (not part of the app's build), serves it on a free
 * port and, in Chromium, for each case opens the page and calls `window.bench` (main.tsx): for each
 * chart redraw, the task's own time (React render and commit) and that plus recharts' work in the
 * next frame. The first round of redraws is left out.
 *
 * Options: --updates N (default 5), --points 20,400 (points per line; longer lines are thinned to a
 * few hundred), --arms 2,4, --load 0,1 (1: a worker spins on another core, as the training worker does).
 */
import { once } from 'node:events';
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type Browser, chromium } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/chromium';
import { chartStats } from './chartStats';
import type { BenchResult } from './charts/main';

const { values } = parseArgs({
  options: {
    updates: { type: 'string', default: '5' },
    points: { type: 'string', default: '20,400' },
    arms: { type: 'string', default: '2,4' },
    load: { type: 'string', default: '0,1' },
  },
});
const list = (s: string) => s.split(',').filter((x) => x !== '');
const numbers = (s: string) => list(s).map(Number);
const updates = Number(values.updates);

interface Case {
  arms: number;
  points: number;
  load: number;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

/** A static server of `dir` on a free port of 127.0.0.1. */
async function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return server;
}

/** One case in a fresh context: opens the page, runs the updates, returns the measured ones. */
async function measure(browser: Browser, base: string, c: Case): Promise<BenchResult> {
  // Tall enough that every chart is in view (the queue redraws only those).
  const context = await browser.newContext({ viewport: { width: 1280, height: 3000 } });
  try {
    const page = await context.newPage();
    const query = new URLSearchParams({
      arms: String(c.arms),
      points: String(c.points),
      load: String(c.load),
    });
    await page.goto(`${base}/index.html?${query}`);
    await page.waitForFunction(() => typeof window.bench === 'function' && document.querySelector('figure'));
    return await page.evaluate((n) => {
      if (!window.bench) throw new Error('no window.bench');
      return window.bench(n);
    }, updates);
  } finally {
    await context.close();
  }
}

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '-');

function table(rows: { c: Case; r: BenchResult }[]): string {
  const head = [
    'arms',
    'points',
    'load',
    'charts',
    'redraws measured',
    'median (ms)',
    'p90 (ms)',
    'max (ms)',
    'task median (ms)',
    'task max (ms)',
  ];
  const lines = rows.map(({ c, r }) => {
    const s = chartStats(r.total);
    const w = chartStats(r.work);
    return [
      c.arms,
      c.points,
      c.load,
      r.charts,
      s.n,
      ms(s.median),
      ms(s.p90),
      ms(s.max),
      ms(w.median),
      ms(w.max),
    ];
  });
  return [head, head.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

async function main(): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'nft-bench-charts-'));
  let server: Server | undefined;
  let browser: Browser | undefined;
  const cleanup = async () => {
    await browser?.close().catch(() => {});
    server?.close();
    server?.closeAllConnections();
    rmSync(outDir, { recursive: true, force: true });
  };
  const interrupted = () => void cleanup().finally(() => process.exit(130));
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    await build({
      root: resolve(import.meta.dirname, 'charts'),
      base: './',
      configFile: false,
      logLevel: 'warn',
      plugins: [react()],
      build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 10_000 },
    });
    server = await serve(outDir);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    console.log(
      `machine: ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(2)} at start, Chromium ${browser.version()}`,
    );
    const rows: { c: Case; r: BenchResult }[] = [];
    for (const load of numbers(values.load))
      for (const arms of numbers(values.arms))
        for (const points of numbers(values.points)) {
          const c = { arms, points, load };
          const r = await measure(browser, base, c);
          console.error(`${JSON.stringify(c)}: median ${ms(chartStats(r.total).median)} ms`);
          rows.push({ c, r });
        }
    console.log(`\n${table(rows)}\n\nload average ${loadavg()[0].toFixed(2)} at the end`);
  } finally {
    await cleanup();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
