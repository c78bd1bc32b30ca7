/**
 * The from-page-load figures of issue 13 for `npm run bench:browser`: per scenario (a preset and a
 * backend setting, each in a fresh browser context, so backend=auto races), the time from navigation
 * start to the first plotted point (iteration 0) and to the first trained point (Play pressed as soon as
 * the run is ready), iterations per second over a training window, the backend chosen and the race's
 * figures, whether wasm runs threaded, and the Pause latency: from the click to the worker's 'paused'.
 */
import type { Browser, Page } from '@playwright/test';
import type { PerfSnapshot } from '../src/app/perf/perfFigures';

export interface Scenario {
  preset: string;
  backend: string;
}

export interface FromLoadRow {
  scenario: string;
  backend: string;
  firstPointS: string;
  firstTrainedS: string;
  itPerSec: string;
  pauseMs: string;
  note: string;
}

export function parseScenarios(text: string): Scenario[] {
  return text.split(',').map((s) => {
    const [backend, preset] = s.split(':');
    if (!backend || !preset) throw new Error(`a scenario is backend:preset (e.g. auto:workshop), not ${s}`);
    return { backend, preset };
  });
}

const perf = (page: Page) => page.evaluate(() => window.__nftPerf) as Promise<PerfSnapshot>;
const seconds = (ms: number | null) => (ms === null ? '-' : (ms / 1000).toFixed(1));

/** Clicks Pause in the page and returns the ms from the click to the status 'paused'. */
async function pauseLatency(page: Page): Promise<number> {
  const ms = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const el = document.querySelector('[data-testid="status"]');
        const t0 = performance.now();
        const obs = new MutationObserver(() => {
          if (el?.getAttribute('data-phase') === 'paused') {
            obs.disconnect();
            resolve(performance.now() - t0);
          }
        });
        if (el) obs.observe(el, { attributes: true });
        (document.querySelector('[data-testid="action-play-pause"]') as HTMLButtonElement).click();
      }),
  );
  return ms;
}

/** One scenario from page load; `trainS`: seconds of training before Pause. */
export async function fromLoad(
  browser: Browser,
  base: string,
  s: Scenario,
  trainS: number,
): Promise<FromLoadRow> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(600_000);
  const row: FromLoadRow = {
    scenario: `${s.preset}, backend=${s.backend}`,
    backend: '-',
    firstPointS: '-',
    firstTrainedS: '-',
    itPerSec: '-',
    pauseMs: '-',
    note: '',
  };
  try {
    await page.goto(`${base}/#preset=${s.preset}&methods=nft,rft&backend=${s.backend}`);
    const error = page.getByTestId('error');
    await page.locator('[data-testid="status"][data-phase="idle"]').or(error).first().waitFor();
    if (await error.isVisible()) throw new Error((await error.textContent()) ?? 'error');
    row.backend = (await page.getByTestId('backend').textContent()) ?? '-';
    await page.getByTestId('action-play-pause').click();
    await page.waitForFunction(() => (window.__nftPerf?.firstIterationMs ?? null) !== null);
    const started = Date.now();
    // Train for the window (or to the end), then pause in the middle of whatever it is doing.
    await page
      .locator('[data-testid="status"][data-phase="done"]')
      .waitFor({ timeout: trainS * 1000 })
      .catch(() => undefined);
    const p = await perf(page);
    row.firstPointS = seconds(p.firstPointMs);
    row.firstTrainedS = seconds(p.firstIterationMs);
    row.itPerSec = `${(p.itPerSec ?? Number.NaN).toFixed(3)} (${p.iterations} in ${(p.runningMs / 1000).toFixed(0)} s)`;
    if ((await page.getByTestId('status').getAttribute('data-phase')) === 'running')
      row.pauseMs = (await pauseLatency(page)).toFixed(0);
    const figures = (await page.getByTestId('race-figures').locator('li').allTextContents()).join(', ');
    const threads = await page.evaluate(() => (globalThis.crossOriginIsolated ? 'isolated' : 'not isolated'));
    row.note = [
      figures && `race: ${figures}`,
      `page ${threads}`,
      `${((Date.now() - started) / 1000).toFixed(0)} s trained`,
    ]
      .filter(Boolean)
      .join('; ');
  } catch (e) {
    row.note = `failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
  } finally {
    await context.close();
  }
  return row;
}

export function fromLoadTable(rows: FromLoadRow[]): string {
  const head = [
    'scenario',
    'runs on',
    'first plotted point (s)',
    'first trained point (s)',
    'it/s (iterations in training time)',
    'Pause latency (ms)',
    'note',
  ];
  const lines = rows.map((r) => [
    r.scenario,
    r.backend,
    r.firstPointS,
    r.firstTrainedS,
    r.itPerSec,
    r.pauseMs,
    r.note,
  ]);
  return [head, head.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
