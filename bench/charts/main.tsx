/**
 * The page of `npm run bench:charts` (bench/charts.ts): the app's charts as shipped, one MetricCard
 * (src/app/charts/MetricCard.tsx: every arm on one recharts chart, legend, tooltip, synced cursor) per
 * metric, fed synthetic rows, redrawn through the app's redraw queue (one chart per task, at most once
 * a second each, only in view). Query string: arms, points, load=1 (a worker spins on another core for
 * the whole run, as the training worker does). `window.bench(updates)` gives every arm one more point
 * per update and returns, for each chart redraw the queue ran, the milliseconds of main-thread work.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { armStyles } from '../../src/app/charts/armStyle';
import { MetricCard } from '../../src/app/charts/MetricCard';
import { METRICS, type MetricDef, type Row, sharedDomain, withSmoothed } from '../../src/app/charts/series';
import { redrawQueue } from '../../src/app/charts/useRedraw';
import type { ArmSeries } from '../../src/app/run/history';

/** Per chart redraw (the first round left out, as warm-up). */
export interface BenchResult {
  /** The redraw task itself (React render and commit, flushSync) plus recharts' work in the next frame. */
  total: number[];
  /** The redraw task alone. */
  work: number[];
  /** Charts on the page. */
  charts: number;
}

declare global {
  interface Window {
    bench?: (updates: number) => Promise<BenchResult>;
  }
}

const WIDTH = 600;
const SMOOTHING = 0.6;
const q = new URLSearchParams(location.search);
const points = Math.max(1, Number(q.get('points') ?? 20));
const armCount = Math.max(1, Math.min(6, Number(q.get('arms') ?? 2)));
const METHODS = ['nft', 'rft', 'sft', 'grpo', 'dr_grpo', 'dapo'] as const;
const arms = METHODS.slice(0, armCount).map(
  (method) => ({ name: method, method, loss: {}, iterations: [{}], evals: [{}] }) as unknown as ArmSeries,
);
const styles = armStyles(arms);

/** Small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One point's raw values: a noisy trend per line in [0, 1]. */
function values(m: MetricDef, x: number, rand: () => number): Record<string, number> {
  const n = m.lines.length;
  return Object.fromEntries(
    m.lines.map((l, j) => {
      const trend = j === 0 ? 0.2 + 0.6 * (1 - Math.exp(-x / 40)) : 0.5 / n + 0.1 * Math.sin(x / 15 + j);
      return [l.key, Math.min(1, Math.max(0.01, trend + (rand() - 0.5) * 0.15))];
    }),
  );
}

/** Every metric's rows per arm after `step` updates: `points + step` points, smoothed as metricRows does. */
function grid(step: number): Row[][][] {
  return METRICS.map((m, i) =>
    arms.map((_a, j) =>
      withSmoothed(
        Array.from({ length: points + step }, (_v, k) => {
          const x = k + 1;
          return { x, ...values(m, x, random((i * 31 + j) * 104729 + x)) } as Row;
        }),
        m,
        SMOOTHING,
      ),
    ),
  );
}

let setStep: (n: number) => void = () => {};

function Bench() {
  const [step, set] = useState(0);
  setStep = set;
  const rows = grid(step);
  const xDomain = sharedDomain(rows.flat(), ['x']);
  return METRICS.map((m, i) => (
    <MetricCard
      key={m.id}
      metric={m}
      arms={arms}
      styles={styles}
      rowsPerArm={rows[i]}
      xDomain={xDomain}
      width={WIDTH}
      pair={null}
    />
  ));
}

const frame = () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

window.bench = async (updates) => {
  const result: BenchResult = { total: [], work: [], charts: METRICS.length };
  let redraws = 0;
  let measuring = false;
  const runOne = redrawQueue.runOne.bind(redrawQueue);
  redrawQueue.runOne = () => {
    const t0 = performance.now();
    const ran = runOne();
    const work = performance.now() - t0;
    if (ran) {
      redraws++;
      if (measuring) {
        result.work.push(work);
        // recharts renders again in the next frame (its store's notifications): that is the redraw's too.
        const frameStart = performance.now();
        void frame().then((end) => result.total.push(work + Math.max(0, end - frameStart - 16.7)));
      }
    }
    return ran;
  };
  for (let u = 0; u <= updates; u++) {
    measuring = u > 0;
    const before = redraws;
    setStep(u + 1);
    // Every chart redraws once for this update (each at most once a second).
    for (let waited = 0; redraws - before < METRICS.length && waited < 10_000; waited += 50) await sleep(50);
  }
  await frame();
  await frame();
  redrawQueue.runOne = runOne;
  return result;
};

if (q.get('load') === '1') {
  const spin = new Blob(['for (;;) {}'], { type: 'text/javascript' });
  new Worker(URL.createObjectURL(spin));
}

const root = document.getElementById('root');
if (root) {
  root.style.cssText = 'display: flex; flex-wrap: wrap; gap: 8px';
  createRoot(root).render(<Bench />);
}
