/**
 * The page of `npm run bench:charts` (bench/charts.ts): `panels` chart panels of one metric, drawn by
 * the app's MetricPanel (kind=svg) or by recharts (kind=recharts), with synthetic rows. Query string:
 * kind, metric (a METRICS id), points, panels, load=1 (a worker spins on another core for the whole
 * run, as the training worker does). `window.bench(updates)` gives each panel in turn new rows and
 * returns the milliseconds each update took on the main thread.
 */
import { type ComponentProps, type ComponentType, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { MetricPanel } from '../../src/app/charts/MetricPanel';
import {
  METHOD_COLOURS,
  METRICS,
  type MetricDef,
  type Row,
  sharedDomain,
  withSmoothed,
} from '../../src/app/charts/series';
import { RechartsPanel } from './RechartsPanel';

/** Per measured update (the first two per panel left out, as warm-up). */
export interface BenchResult {
  /** The synchronous render plus the time until the next animation frame's callback ran. */
  total: number[];
  /** The same without the wait for that frame: only the frame callbacks' work (recharts' store). */
  work: number[];
}

declare global {
  interface Window {
    bench?: (updates: number) => Promise<BenchResult>;
  }
}

const WARM_UP = 2;
const WIDTH = 300;
const SMOOTHING = 0.6;
const q = new URLSearchParams(location.search);
const kind = q.get('kind') === 'recharts' ? 'recharts' : 'svg';
const metric = METRICS.find((m) => m.id === (q.get('metric') ?? 'accuracy')) ?? METRICS[0];
const points = Math.max(1, Number(q.get('points') ?? 20));
const panels = Math.max(1, Number(q.get('panels') ?? 1));
const Panel: ComponentType<ComponentProps<typeof MetricPanel>> =
  kind === 'recharts' ? RechartsPanel : MetricPanel;
const colours = Object.values(METHOD_COLOURS);
const panelIds = Array.from({ length: panels }, (_v, i) => i);

/** Small deterministic generator (mulberry32), one per panel. */
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

/** One point's raw values: a noisy trend per line in [0, 1]; shares summing to 1 for several lines. */
function values(m: MetricDef, x: number, rand: () => number): Record<string, number> {
  const n = m.lines.length;
  const raw = m.lines.map((_l, j) => {
    const trend = j === 0 ? 0.2 + 0.6 * (1 - Math.exp(-x / 40)) : 0.5 / n + 0.1 * Math.sin(x / 15 + j);
    return Math.min(1, Math.max(0.01, trend + (rand() - 0.5) * 0.15));
  });
  const sum = n > 1 && m.id === 'errors' ? raw.reduce((a, v) => a + v, 0) : 1;
  return Object.fromEntries(m.lines.map((l, j) => [l.key, raw[j] / sum]));
}

/** Panel data after `step` updates: the last `points` points (one more each update), smoothed as metricRows does. */
function panelData(m: MetricDef, seed: number, step: number) {
  const rows = withSmoothed(
    Array.from({ length: points }, (_v, i) => {
      const x = step + i + 1;
      return { x, ...values(m, x, random(seed * 104729 + x)) } as Row;
    }),
    m,
    SMOOTHING,
  );
  const keys = m.lines.flatMap((l) => [l.key, `${l.key}~`]);
  return { rows, xDomain: sharedDomain([rows], ['x']), yDomain: m.domain ?? sharedDomain([rows], keys) };
}

type Data = ReturnType<typeof panelData>;
const setters: ((d: Data) => void)[] = [];

function BenchPanel({ index }: { index: number }) {
  const [data, setData] = useState(() => panelData(metric, index, 0));
  setters[index] = setData;
  return (
    <Panel
      arm={`arm ${index + 1}`}
      colour={colours[index % colours.length]}
      metric={metric}
      rows={data.rows}
      xDomain={data.xDomain}
      yDomain={data.yDomain}
      width={WIDTH}
      integerX
    />
  );
}

const macrotask = () => new Promise<void>((r) => setTimeout(r, 0));
const frame = () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));

window.bench = async (updates) => {
  const result: BenchResult = { total: [], work: [] };
  const steps = setters.map(() => 0);
  for (let u = 0; u < updates; u++) {
    for (let i = 0; i < setters.length; i++) {
      await macrotask();
      steps[i] += 1;
      const next = panelData(metric, i, steps[i]);
      // A callback queued before the update runs first in the frame: from it to ours is the work of
      // the callbacks the update queued (recharts' store notifications), without the wait for the frame.
      const frameStart = frame();
      const t0 = performance.now();
      flushSync(() => setters[i](next));
      const sync = performance.now() - t0;
      const [started, ended] = await Promise.all([frameStart, frame()]);
      if (u < WARM_UP) continue;
      result.total.push(ended - t0);
      result.work.push(sync + ended - started);
    }
  }
  return result;
};

if (q.get('load') === '1') {
  const spin = new Blob(['for (;;) {}'], { type: 'text/javascript' });
  new Worker(URL.createObjectURL(spin));
}

const root = document.getElementById('root');
if (root) {
  root.style.cssText = 'display: flex; flex-wrap: wrap; gap: 8px';
  createRoot(root).render(panelIds.map((id) => <BenchPanel key={id} index={id} />));
}
