import { availableParallelism, loadavg } from 'node:os';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { type EventEntry, type InteractionStats, interactionStats } from '../bench/interactions';
import {
  judgeLongTasks,
  type LongTaskVerdict,
  mainThreadTasks,
  maxCpuTask,
  type TraceEvent,
} from '../bench/mainThread';
import type { PerfSnapshot } from '../src/app/perf/perfFigures';
import { ready, settled } from './helpers';

// The tiny preset on two short levels, as in playground.spec.ts.
const TINY = '#preset=tiny&methods=nft,rft&mix=add1,add2&seed=3';
/** No main-thread task of the page may run this much CPU while training. */
const LONG_TASK_MS = 100;
/** Every key press and click answered (next paint) within this at the 95th percentile... */
const INTERACTION_P95_MS = 100;
/** ...and this at most (Event Timing API). */
const INTERACTION_MAX_MS = 200;
const SYNC_MARK = 'nft-perf-sync';
const HOVER = process.env.PERF_HOVER !== '0';
const CHARTS_HEIGHT = Number(process.env.PERF_HEIGHT ?? 1300);
/** Iterations of the wasm run (more: more interactions measured). */
/**
 * The wasm run's length: long enough for a p95 of at least MIN_INTERACTIONS key presses and clicks (12
 * iterations, as before, end in about 5 s with 6 of them, whose p95 is their slowest).
 */
const WASM_ITERATIONS = Number(process.env.PERF_ITERATIONS ?? 100);
const MIN_INTERACTIONS = 20;

declare global {
  interface Window {
    __nftEvents?: EventEntry[];
  }
}

/** Collects the Event Timing API's entries from the page's start (type 'event', durationThreshold 16). */
function observeEvents(): void {
  window.__nftEvents = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as PerformanceEventTiming[])
      window.__nftEvents?.push({
        name: e.name,
        interactionId: e.interactionId,
        duration: e.duration,
        startTime: e.startTime,
      });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
}

/**
 * What a person does while the run trains: hides and shows an arm in a legend, flips the y axis'
 * switch, moves the smoothing slider with the keyboard, hovers a chart. Each is a key press or a
 * click; returns how many were made, once the run is done.
 */
async function interact(page: Page): Promise<number> {
  const centre = async (testId: string) => {
    const box = await page.getByTestId(testId).boundingBox();
    if (!box) throw new Error(`${testId} is not on the page`);
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };
  const loss = await centre('chart-loss');
  // Where the target is now (a layout change while training moves it), then a click there.
  const click = async (testId: string) => {
    const at = await centre(testId);
    await page.mouse.click(at.x, at.y);
  };
  const steps = [
    () => click('legend-accuracy-rft'),
    () => click('legend-accuracy-rft'),
    () => click('full-range'),
    () => click('full-range'),
    async () => {
      await page.locator('.chart-options input[type="range"]').focus();
      await page.keyboard.press('ArrowRight');
    },
    () => page.keyboard.press('ArrowLeft'),
  ];
  const status = page.getByTestId('status');
  await expect(status).toHaveAttribute('data-phase', /^(running|paused|done|error)$/);
  let n = 0;
  for (let i = 0; (await status.getAttribute('data-phase')) === 'running'; i++) {
    await steps[i % steps.length]();
    n++;
    if (HOVER) await page.mouse.move(loss.x + ((i * 37) % 200) - 100, loss.y);
    await page.waitForTimeout(300);
  }
  return n;
}

interface Measurement {
  perf: PerfSnapshot;
  /** Key presses and clicks while training (Event Timing API). */
  interactions: InteractionStats;
  /** The machine's load average per core at the end (above 1: threads queue for a core). */
  load: number;
  /** CPU time of the main thread's busiest task while training (from a Chromium trace). */
  busiestCpuMs: number;
  /** For each long task the page saw while training: its CPU time, and whether it only waited for a core. */
  verdicts: LongTaskVerdict[];
}

const s = (ms: number | null) => ((ms ?? Number.NaN) / 1000).toFixed(2);

/** Plays a run to its end under a Chromium trace, and reads window.__nftPerf. */
async function measure(
  page: Page,
  browser: Browser,
  backend: string,
  iterations: number,
): Promise<Measurement> {
  // Tall enough that every chart is in view, as when someone watches them: every chart redraws.
  await page.setViewportSize({ width: 1280, height: CHARTS_HEIGHT });
  await page.addInitScript(observeEvents);
  await page.goto(`/${TINY}&iterations=${iterations}&backend=${backend}`);
  await ready(page);
  await expect(page.getByTestId('backend')).toHaveText(backend);
  // The chart options at the top (the 0 to 1 switch and the smoothing slider are clicked and pressed, and
  // focusing the slider must not scroll the page under the pointer), and every chart in view (the queue
  // draws only those).
  await page.locator('.chart-options').evaluate((el) => el.scrollIntoView());
  for (const id of ['full-range', 'legend-accuracy-rft', 'chart-accuracy', 'chart-drift'])
    await expect(page.getByTestId(id)).toBeInViewport();
  await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
  let status = '';
  let performed = 0;
  let trace: { traceEvents: TraceEvent[] };
  let events: EventEntry[] = [];
  try {
    await page.evaluate((mark) => performance.mark(mark), SYNC_MARK);
    const t0 = await page.evaluate(() => performance.now());
    await page.keyboard.press(' ');
    performed = 1 + (await interact(page));
    status = await settled(page);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
    events = await page.evaluate((from) => (window.__nftEvents ?? []).filter((e) => e.startTime >= from), t0);
  } finally {
    trace = JSON.parse((await browser.stopTracing()).toString());
  }
  expect(status).toBe('done');
  await expect(page.getByTestId('iteration')).toHaveText(String(iterations));
  const perf = await page.evaluate(() => window.__nftPerf as PerfSnapshot);

  const tasks = mainThreadTasks(trace.traceEvents, SYNC_MARK);
  const spans = perf.trainingSpans.map((iv) => ({
    start: iv.start,
    end: iv.end ?? Number.POSITIVE_INFINITY,
  }));
  const busiest = spans
    .map((iv) => maxCpuTask(tasks, iv.start, iv.end))
    .reduce((a, t) => (t && (!a || t.cpuMs > a.cpuMs) ? t : a), null);
  const busiestCpuMs = busiest?.cpuMs ?? 0;
  const verdicts = judgeLongTasks(perf.longTasksDuringTraining, tasks, LONG_TASK_MS);
  const interactions = interactionStats(events, performed, tasks);
  const load = loadavg()[0] / availableParallelism();
  console.log(
    `${backend}: first point of both arms ${s(perf.firstPointMs)} s after navigation start; ` +
      `${perf.iterations} iterations in ${s(perf.runningMs)} s of training = ${perf.itPerSec?.toFixed(3)} it/s; ` +
      `chart updates ${perf.chartUpdatesPerSec?.toFixed(1)}/s (closest ${perf.minChartGapMs?.toFixed(0)} ms apart); ` +
      `long tasks while training ${perf.longTasks} (max ${perf.longTaskMaxMs.toFixed(0)} ms); ` +
      `busiest main-thread task while training ${busiestCpuMs.toFixed(1)} ms of CPU ` +
      `(${busiest?.wallMs?.toFixed(0) ?? '?'} ms of wall time at ${busiest?.startMs?.toFixed(0) ?? '?'} ms); ` +
      `${interactions.n} key presses and clicks while training, ${interactions.reported} of 16 ms or more: ` +
      `p95 ${interactions.wall.p95.toFixed(0)} ms, max ${interactions.wall.max.toFixed(0)} ms ` +
      `(main thread's CPU in them: p95 ${interactions.cpu.p95.toFixed(0)} ms, max ${interactions.cpu.max.toFixed(0)} ms)` +
      (interactions.slowest
        ? `, slowest ${interactions.slowest.name} ${interactions.slowest.duration.toFixed(0)} ms`
        : '') +
      `; load ${load.toFixed(1)} per core`,
  );
  for (const [i, v] of verdicts.entries())
    console.log(
      `  long task at ${v.startMs.toFixed(0)} ms: ${v.wallMs.toFixed(0)} ms of wall time, ` +
        `${v.cpuMs?.toFixed(1) ?? '?'} ms of CPU (${v.starved ? 'waited for a core' : 'the page'}) ` +
        `${perf.longTasksDuringTraining[i].source ?? ''}`,
    );
  return { perf, interactions, busiestCpuMs, verdicts, load };
}

/**
 * The rule, measured on what a person feels: every key press and click while training answered within
 * 100 ms at the 95th percentile and 200 ms at most (Event Timing API), and no task of the page's own
 * over 100 ms of CPU. On a machine whose load average is above one per core, the wall times are mostly
 * waits for a core, so the same limits then apply to the main thread's CPU time inside each interaction
 * (from the trace), and the wall times are printed. The long-task observer reports tasks over 50 ms of wall time; on this project's
 * 2-core machines the training worker holds one core, and Chromium's raster and GPU threads and any
 * other process share the other, so a task of the page can take far more wall time than CPU waiting
 * for a core. A Chromium trace tells them apart by the CPU time the main thread really ran: no task of
 * the page may run 100 ms of CPU, and every long task the observer saw must be one that ran under that.
 */
function expectResponsive(m: Measurement): void {
  const { n, wall, cpu } = m.interactions;
  expect(n, 'key presses and clicks made while training').toBeGreaterThanOrEqual(MIN_INTERACTIONS);
  // The page's own work in every interaction, whatever the machine's load...
  expect(cpu.p95, "interactions: the main thread's CPU, 95th percentile (ms)").toBeLessThanOrEqual(
    INTERACTION_P95_MS,
  );
  expect(cpu.max, "interactions: the main thread's CPU, the most (ms)").toBeLessThanOrEqual(
    INTERACTION_MAX_MS,
  );
  // ...and, where no thread queues for a core (as in CI), the time a person waits.
  if (m.load <= 1) {
    expect(wall.p95, 'interactions: 95th percentile (ms)').toBeLessThanOrEqual(INTERACTION_P95_MS);
    expect(wall.max, 'interactions: the slowest (ms)').toBeLessThanOrEqual(INTERACTION_MAX_MS);
  }
  expect(m.busiestCpuMs, 'a main-thread task ran 100 ms of CPU while training').toBeLessThan(LONG_TASK_MS);
  expect(
    m.verdicts.filter((v) => !v.starved),
    'long tasks that were not waits for a core',
  ).toEqual([]);
}

function expectTimings(p: PerfSnapshot): void {
  expect(p.iterations).toBeGreaterThan(0);
  expect(p.itPerSec).toBeGreaterThan(0);
  // Both arms' first point (the base evaluation) shows before their first iteration does.
  expect(p.firstPointMs).not.toBeNull();
  expect(p.firstPointMs ?? 0).toBeLessThan(p.firstIterationMs ?? 0);
  // Charts redraw a few times a second at most, however fast training goes (events fold every 250 ms).
  expect(p.chartUpdatesPerSec ?? 0).toBeLessThanOrEqual(5);
  expect(p.minChartGapMs ?? 1000).toBeGreaterThanOrEqual(200);
}

test('wasm, 100 fast iterations, every chart in view: key presses and clicks answered in time, no long task of the page', async ({
  page,
  browser,
}) => {
  test.setTimeout(600_000);
  const m = await measure(page, browser, 'wasm', WASM_ITERATIONS);
  expectResponsive(m);
  expectTimings(m.perf);
});

test('webgpu: key presses and clicks answered in time, no long task of the page; first point and it/s in the panel', async ({
  page,
  browser,
}) => {
  test.setTimeout(900_000);
  const m = await measure(page, browser, 'webgpu', 2);
  expectResponsive(m);
  expectTimings(m.perf);
  const longTasks = page.getByTestId('perf').getByTestId('perf-longtasks');
  await expect(longTasks).toHaveText(new RegExp(`^${m.perf.longTasks}\\b`));
  await expect(longTasks).toHaveAttribute('data-max-ms', String(Math.round(m.perf.longTaskMaxMs)));
  const firstPoint = page.getByTestId('perf-first-point-ms');
  expect(Number(await firstPoint.getAttribute('data-ms'))).toBe(m.perf.firstPointMs);
  expect(Number(await page.getByTestId('perf-its').getAttribute('data-its'))).toBeGreaterThan(0);
});
