import { type Browser, expect, type Page, test } from '@playwright/test';
import {
  judgeLongTasks,
  type LongTaskVerdict,
  mainThreadTasks,
  maxCpuTask,
  type TraceEvent,
} from '../bench/mainThread';
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
  await page.goto(`/${TINY}&iterations=${iterations}&backend=${backend}`);
  await ready(page);
  await expect(page.getByTestId('backend')).toHaveText(backend);
  // The charts fill the window, as when someone watches them: every panel in view redraws.
  await page.locator('.chart-grid').evaluate((el) => el.scrollIntoView());
  await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
  let status = '';
  let trace: { traceEvents: TraceEvent[] };
  try {
    await page.evaluate((mark) => performance.mark(mark), SYNC_MARK);
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
  const busiestCpuMs = Math.max(0, ...spans.map((iv) => maxCpuTask(tasks, iv.start, iv.end)?.cpuMs ?? 0));
  const verdicts = judgeLongTasks(perf.longTasksDuringTraining, tasks, LONG_TASK_MS);
  console.log(
    `${backend}: first point of both arms ${s(perf.firstPointMs)} s after navigation start; ` +
      `${perf.iterations} iterations in ${s(perf.runningMs)} s of training = ${perf.itPerSec?.toFixed(3)} it/s; ` +
      `chart updates ${perf.chartUpdatesPerSec?.toFixed(1)}/s (closest ${perf.minChartGapMs?.toFixed(0)} ms apart); ` +
      `long tasks while training ${perf.longTasks} (max ${perf.longTaskMaxMs.toFixed(0)} ms); ` +
      `busiest main-thread task while training ${busiestCpuMs.toFixed(1)} ms of CPU`,
  );
  for (const [i, v] of verdicts.entries())
    console.log(
      `  long task at ${v.startMs.toFixed(0)} ms: ${v.wallMs.toFixed(0)} ms of wall time, ` +
        `${v.cpuMs?.toFixed(1) ?? '?'} ms of CPU (${v.starved ? 'waited for a core' : 'the page'}) ` +
        `${perf.longTasksDuringTraining[i].source ?? ''}`,
    );
  return { perf, busiestCpuMs, verdicts };
}

/**
 * No long task of the page's own while training. The long-task observer reports tasks over 50 ms of
 * wall time; on this project's 2-core machines the training worker holds one core, and Chromium's
 * raster and GPU threads (SwiftShader, on webgpu all of it) and any other process share the other, so a
 * 15 ms task of the page can take 60 ms of wall time waiting for a core. A Chromium trace tells them
 * apart by the CPU time the main thread really ran: no task of the page may run 50 ms of CPU, and every
 * long task the observer saw must be one that only waited (its thread ran under 50 ms). The count the
 * observer saw is printed (and shown in the Performance panel) either way.
 */
function expectNoLongTaskOfOurs(m: Measurement): void {
  expect(m.busiestCpuMs, 'a main-thread task ran 50 ms of CPU while training').toBeLessThan(LONG_TASK_MS);
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

test('wasm, a dozen fast iterations: no long task of the page while training', async ({ page, browser }) => {
  test.setTimeout(600_000);
  const m = await measure(page, browser, 'wasm', 12);
  expectNoLongTaskOfOurs(m);
  expectTimings(m.perf);
});

test('webgpu: no long task of the page while training; first point and it/s in the panel', async ({
  page,
  browser,
}) => {
  test.setTimeout(900_000);
  const m = await measure(page, browser, 'webgpu', 2);
  expectNoLongTaskOfOurs(m);
  expectTimings(m.perf);
  const longTasks = page.getByTestId('perf').getByTestId('perf-longtasks');
  await expect(longTasks).toHaveText(new RegExp(`^${m.perf.longTasks}\\b`));
  await expect(longTasks).toHaveAttribute('data-max-ms', String(Math.round(m.perf.longTaskMaxMs)));
  const firstPoint = page.getByTestId('perf-first-point-ms');
  expect(Number(await firstPoint.getAttribute('data-ms'))).toBe(m.perf.firstPointMs);
  expect(Number(await page.getByTestId('perf-its').getAttribute('data-its'))).toBeGreaterThan(0);
});
