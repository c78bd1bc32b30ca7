import { type Browser, expect, type Page, test } from '@playwright/test';
import { judgeLongTasks, mainThreadTasks, maxCpuTask, type TraceEvent } from '../bench/mainThread';
import type { PerfSnapshot } from '../src/app/perf/snapshot';
import { ready, settled } from './helpers';

// The tiny preset on two short levels, as in playground.spec.ts.
const TINY = '#preset=tiny&methods=nft,rft&mix=add1,add2&seed=3';
const LONG_TASK_MS = 50;
const SYNC_MARK = 'nft-perf-sync';

interface Measurement {
  perf: PerfSnapshot;
  /** CPU time of the main thread's busiest task while training (from a Chromium trace). */
  busiestCpuMs: number;
  /** Every long task the page saw while training was the machine's: its thread ran under 50 ms. */
  allStarved: boolean;
}

const s = (ms: number | null) => ((ms ?? Number.NaN) / 1000).toFixed(2);

/** Plays a run to its end under a trace, and reads window.__nftPerf. */
async function measure(
  page: Page,
  browser: Browser,
  backend: string,
  iterations: number,
): Promise<Measurement> {
  await page.goto(`/${TINY}&iterations=${iterations}&backend=${backend}`);
  await ready(page);
  await expect(page.getByTestId('backend')).toHaveText(backend);
  await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
  await page.evaluate((mark) => performance.mark(mark), SYNC_MARK);
  let status = '';
  let trace: { traceEvents: TraceEvent[] };
  try {
    await page.keyboard.press(' ');
    status = await settled(page);
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
  const busiest = Math.max(0, ...spans.map((iv) => maxCpuTask(tasks, iv.start, iv.end)?.cpuMs ?? 0));
  const verdicts = judgeLongTasks(perf.longTasksDuringTraining, tasks, LONG_TASK_MS);
  console.log(
    `${backend}: first point of both arms ${s(perf.firstPointMs)} s after navigation start; ` +
      `${perf.iterations} iterations in ${s(perf.runningMs)} s of training = ${perf.itPerSec?.toFixed(3)} it/s; ` +
      `chart updates ${perf.chartUpdatesPerSec?.toFixed(1)}/s (closest ${perf.minChartGapMs?.toFixed(0)} ms apart); ` +
      `long tasks while training ${perf.longTasks} (max ${perf.longTaskMaxMs.toFixed(0)} ms); ` +
      `busiest main-thread task while training ${busiest.toFixed(1)} ms of CPU`,
  );
  for (const [i, v] of verdicts.entries())
    console.log(
      `  long task at ${v.startMs.toFixed(0)} ms: ${v.wallMs.toFixed(0)} ms of wall time, ` +
        `${v.cpuMs?.toFixed(1) ?? '?'} ms of CPU (${v.starved ? 'waited for a core: machine overloaded' : 'the page'}) ` +
        `${perf.longTasksDuringTraining[i].source ?? ''}`,
    );
  return { perf, busiestCpuMs: busiest, allStarved: verdicts.every((v) => v.starved) };
}

/**
 * The page never froze while training: the long-task observer saw nothing over 50 ms. On this
 * project's 2-core machines another process may hold the cores, and a 15 ms task then takes 60 ms
 * of wall time; a trace tells those apart (CPU time of the thread). The page's own work must never
 * take 50 ms of CPU; a long task that only waited for a core is measured again, once, and the second
 * run must see none.
 */
async function expectNoLongTask(
  first: Page,
  run: (page: Page) => Promise<Measurement>,
): Promise<{ perf: PerfSnapshot; page: Page }> {
  let page = first;
  let m = await run(page);
  expect(m.busiestCpuMs, 'a main-thread task used 50 ms of CPU while training').toBeLessThan(LONG_TASK_MS);
  if (m.perf.longTasks > 0 && m.allStarved) {
    console.log('  every long task waited for a core (machine overloaded): measuring again, on a fresh page');
    await first.close();
    page = await first.context().newPage();
    m = await run(page);
    expect(m.busiestCpuMs, 'a main-thread task used 50 ms of CPU while training').toBeLessThan(LONG_TASK_MS);
  }
  expect(m.perf.longTasks, JSON.stringify(m.perf.longTasksDuringTraining)).toBe(0);
  return { perf: m.perf, page };
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

test('webgpu: no long task while training; time to the first point and it/s', async ({ page, browser }) => {
  test.setTimeout(900_000);
  const m = await expectNoLongTask(page, (p) => measure(p, browser, 'webgpu', 2));
  expectTimings(m.perf);
  const panel = m.page.getByTestId('perf');
  await expect(panel.getByTestId('perf-longtasks')).toHaveText('0');
  await expect(panel.getByTestId('perf-longtasks')).toHaveAttribute('data-max-ms', '0');
  expect(Number(await panel.getByTestId('perf-first-point-ms').getAttribute('data-ms'))).toBeGreaterThan(0);
  expect(Number(await panel.getByTestId('perf-its').getAttribute('data-its'))).toBeGreaterThan(0);
});

test('wasm, faster iterations: no long task; charts still a few times a second', async ({
  page,
  browser,
}) => {
  test.setTimeout(600_000);
  expectTimings((await expectNoLongTask(page, (p) => measure(p, browser, 'wasm', 12))).perf);
});
