import { expect, type Page, test } from '@playwright/test';
import type { PerfSnapshot } from '../src/app/perf/snapshot';
import { ready, settled } from './helpers';

// The tiny preset on two short levels, as in playground.spec.ts.
const TINY = '#preset=tiny&methods=nft,rft&mix=add1,add2&seed=3';

const perf = (page: Page) => page.evaluate(() => window.__nftPerf as PerfSnapshot);

function report(backend: string, p: PerfSnapshot): void {
  console.log(
    `${backend}: first point of both arms ${((p.firstPointMs ?? Number.NaN) / 1000).toFixed(2)} s after navigation start; ` +
      `${p.iterations} iterations in ${(p.runningMs / 1000).toFixed(1)} s of training = ${p.itPerSec?.toFixed(3)} it/s; ` +
      `${p.chartUpdates} chart updates (${p.chartUpdatesPerSec?.toFixed(1)}/s, closest ${p.minChartGapMs?.toFixed(0)} ms apart); ` +
      `long tasks while training ${p.longTasks} (max ${p.longTaskMaxMs.toFixed(0)} ms), since load ${p.longTasksSinceLoad}`,
  );
  for (const t of p.longTasksDuringTraining)
    console.log(
      `  long task at ${t.startMs.toFixed(0)} ms: ${t.durationMs.toFixed(0)} ms (${t.name}) ${t.source ?? ''}`,
    );
}

/** Plays a run to its end and checks the page stayed responsive while it trained. */
async function playToEnd(page: Page, backend: string, iterations: number): Promise<PerfSnapshot> {
  await page.goto(`/${TINY}&iterations=${iterations}&backend=${backend}`);
  await ready(page);
  await expect(page.getByTestId('backend')).toHaveText(backend);
  await page.keyboard.press(' ');
  expect(await settled(page)).toBe('done');
  await expect(page.getByTestId('iteration')).toHaveText(String(iterations));
  const p = await perf(page);
  report(backend, p);
  return p;
}

function expectResponsive(p: PerfSnapshot): void {
  // The main thread never froze while training: no long task (over 50 ms) at all.
  expect(p.longTasks, JSON.stringify(p.longTasksDuringTraining)).toBe(0);
  expect(p.iterations).toBeGreaterThan(0);
  expect(p.itPerSec).toBeGreaterThan(0);
  // Both arms' first point (the base evaluation) shows before their first iteration does.
  expect(p.firstPointMs).not.toBeNull();
  expect(p.firstPointMs ?? 0).toBeLessThan(p.firstIterationMs ?? 0);
  // Charts redraw a few times a second at most (events are folded every 250 ms).
  expect(p.chartUpdatesPerSec ?? 0).toBeLessThanOrEqual(5);
  expect(p.minChartGapMs ?? 1000).toBeGreaterThanOrEqual(200);
}

test('webgpu: no long task while training; first point and it/s reported', async ({ page }) => {
  test.setTimeout(600_000);
  const p = await playToEnd(page, 'webgpu', 3);
  expectResponsive(p);
  const panel = page.getByTestId('perf');
  await expect(panel.getByTestId('perf-longtasks')).toHaveText('0');
  await expect(panel.getByTestId('perf-longtasks')).toHaveAttribute('data-max-ms', '0');
  expect(Number(await panel.getByTestId('perf-first-point-ms').getAttribute('data-ms'))).toBeGreaterThan(0);
  expect(Number(await panel.getByTestId('perf-its').getAttribute('data-its'))).toBeGreaterThan(0);
});

test('wasm, faster iterations: still no long task, charts still a few times a second', async ({ page }) => {
  test.setTimeout(600_000);
  expectResponsive(await playToEnd(page, 'wasm', 12));
});
