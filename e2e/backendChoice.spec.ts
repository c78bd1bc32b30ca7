import { chromium, expect, type Page, test } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { ready } from './helpers';

// backend=auto chooses by measurement (worker/raceOrder.ts). On CI's machine (no GPU) every GPU adapter
// is a software renderer, so wasm wins; the panel names the renderer and shows each backend's figure.

async function raceFigures(page: Page): Promise<Record<string, string>> {
  await expect(page.getByTestId('backend-choice-summary')).toBeVisible({ timeout: 120_000 });
  const out: Record<string, string> = {};
  for (const li of await page.getByTestId('race-figures').locator('li').all()) {
    const text = (await li.textContent()) ?? '';
    out[text.split(':')[0]] = text;
  }
  return out;
}

test('with WebGPU enabled (SwiftShader): auto measures, picks wasm and names SwiftShader', async ({
  page,
}) => {
  await page.goto('/#preset=tiny');
  await ready(page);
  await expect(page.getByTestId('backend')).toHaveText('wasm');
  const figures = await raceFigures(page);
  console.log(`race (tiny, --enable-unsafe-webgpu): ${JSON.stringify(figures)}`);
  console.log(`summary: ${await page.getByTestId('backend-choice-summary').textContent()}`);
  expect(figures.wasm).toMatch(/wasm: \d+\.\d+ s/);
  expect(figures.webgpu).toMatch(/software renderer: .*swiftshader/i);
  await expect(page.getByTestId('software-webgpu')).toContainText(/swiftshader/i);
  await expect(page.getByTestId('backend-attempt-webgpu')).toContainText('not chosen: a software renderer');

  // A reload takes the kept measurement; "Measure again" races anew.
  await page.reload();
  await expect(page.getByTestId('backend-choice-summary')).toContainText('earlier measurement');
  await page.getByTestId('measure-again').click();
  await expect(page.getByTestId('backend-choice-summary')).toContainText('Chosen by measurement', {
    timeout: 120_000,
  });
  // Measure again times the software renderers too.
  const again = await raceFigures(page);
  console.log(`measured again: ${JSON.stringify(again)}`);
  expect(again.webgpu).toMatch(/\d+\.\d+ s.*software renderer: .*swiftshader/i);
});

test('plain flags (no WebGPU): auto picks wasm and names webgl as a software renderer with its figure', async () => {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS.filter((a) => a !== '--enable-unsafe-webgpu'),
  });
  try {
    const page = await browser.newPage({ baseURL: test.info().project.use.baseURL });
    await page.goto('/#preset=workshop');
    await expect(page.getByTestId('backend')).toHaveText('wasm', { timeout: 120_000 });
    const figures = await raceFigures(page);
    const summary = await page.getByTestId('backend-choice-summary').textContent();
    console.log(`race (workshop, plain flags): ${JSON.stringify(figures)}; ${summary}`);
    // Named as a software renderer at once; not timed beside wasm until Measure again.
    expect(figures.webgl).toMatch(/not timed.*software renderer: .*SwiftShader/);
    await expect(page.getByTestId('software-webgl')).toBeVisible();
    expect(figures.webgpu).toBeUndefined();
    await ready(page);
    await page.getByTestId('measure-again').click();
    await expect(page.getByTestId('race-webgl')).toContainText(/\d+\.\d+ s/, { timeout: 120_000 });
    const again = await raceFigures(page);
    console.log(`plain flags, measured again: ${JSON.stringify(again)}`);
    expect(again.wasm).toMatch(/wasm: \d+\.\d+ s/);
    await expect(page.getByTestId('backend')).toHaveText('wasm');
  } finally {
    await browser.close();
  }
});

test('a forced backend runs exactly that one, with no race', async ({ page }) => {
  await page.goto('/#preset=tiny&backend=webgpu');
  await ready(page);
  await expect(page.getByTestId('backend')).toHaveText('webgpu');
  await expect(page.getByTestId('backend-choice')).toHaveCount(0);
  await expect(page.getByTestId('backend-attempt-wasm')).toContainText('not tried');
});

test('iteration 0 is plotted at page load, before Play: the shipped base evaluation', async ({ page }) => {
  const t0 = Date.now();
  await page.goto('/#preset=tiny&methods=nft,rft&backend=wasm');
  await ready(page);
  for (const arm of ['nft', 'rft']) {
    await expect(page.getByTestId(`chart-accuracy-${arm}`)).toHaveAttribute('data-points', '1');
    await expect(page.getByTestId(`entropy-accuracy-${arm}`)).toHaveAttribute('data-points', '1');
  }
  await expect(page.getByTestId('iteration')).toHaveText('0');
  const firstPoint = await page.evaluate(() => window.__nftPerf?.firstPointMs ?? null);
  console.log(
    `tiny on wasm: iteration 0 plotted ${firstPoint?.toFixed(0)} ms after navigation start (${Date.now() - t0} ms here)`,
  );
  // The shipped value is the base model's: 52.1% greedy on the tiny preset's 48 held-out questions.
  await expect(page.getByTestId('latest-nft')).toContainText('held-out greedy 52.1%');
});

/** Clicks an action button in the page and returns when each later phase showed, in ms after the click. */
async function timedClick(page: Page, action: string, until: RegExp): Promise<Array<[string, number]>> {
  await page.evaluate((name) => {
    const w = window as unknown as { __phases: Array<[string, number]>; __t0: number };
    const el = document.querySelector('[data-testid="status"]');
    w.__phases = [];
    if (el)
      new MutationObserver(() =>
        w.__phases.push([el.getAttribute('data-phase') ?? '', performance.now() - w.__t0]),
      ).observe(el, { attributes: true });
    w.__t0 = performance.now();
    (document.querySelector(`[data-testid="action-${name}"]`) as HTMLButtonElement).click();
  }, action);
  await expect(page.getByTestId('status')).toHaveAttribute('data-phase', until, { timeout: 60_000 });
  return page.evaluate(() => (window as unknown as { __phases: Array<[string, number]> }).__phases);
}

test('Pause shows at once and takes effect within a sub-unit on wasm; progress inside an iteration', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await page.goto('/#preset=workshop&methods=nft,rft&backend=wasm');
  await ready(page);
  await page.getByTestId('action-play-pause').click();
  await expect(page.getByTestId('run-progress')).toContainText(
    /iteration \d+: (sampling round|update step)/,
    {
      timeout: 120_000,
    },
  );
  await expect(page.getByTestId('iteration')).not.toHaveText('0', { timeout: 120_000 });
  await expect(page.getByTestId('run-eta')).toContainText('to the end of the run');
  const phases = await timedClick(page, 'play-pause', /^paused$/);
  const at = (p: string) => phases.find(([x]) => x === p)?.[1] ?? Number.NaN;
  console.log(
    `wasm, workshop: 'pausing' shown ${at('pausing').toFixed(0)} ms, 'paused' ${at('paused').toFixed(0)} ms after Pause`,
  );
  expect(at('pausing')).toBeLessThan(100);
  expect(at('paused')).toBeLessThan(1000);
  await expect(page.getByTestId('action-play-pause')).toContainText('Play');
  // Paused inside an iteration, it says where; Step finishes that iteration of every arm.
  const where = await page.getByTestId('run-progress').textContent();
  console.log(`paused at: ${where}`);
  const before = Number(await page.getByTestId('iteration').textContent());
  const stepped = await timedClick(page, 'step', /^paused$/);
  expect(stepped[0]?.[0]).toBe('stepping');
  expect(Number(await page.getByTestId('iteration').textContent())).toBe(before + 1);
});

test("cross-origin isolated; tfjs's threaded WebAssembly starts under Vite when asked for, and trains", async ({
  page,
}) => {
  test.setTimeout(300_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  let workers = 0;
  page.on('worker', () => workers++);
  await page.goto('/#preset=tiny&methods=nft,rft&backend=wasm');
  await ready(page);
  expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(true);
  await expect(page.getByTestId('wasm-threads')).toContainText('off by default');
  const plain = workers;
  // Asked for: the threaded build's pthread workers start (tfjs issue #4107's "e is not defined" is mended).
  await page.goto('/?threads=2#preset=tiny&methods=nft,rft&backend=wasm');
  await ready(page);
  console.log(
    `?threads=2: ${await page.getByTestId('wasm-threads').textContent()}; workers ${workers - plain}`,
  );
  expect(workers - plain).toBeGreaterThan(2);
  await page.getByTestId('action-step').click();
  await expect(page.getByTestId('status')).toHaveAttribute('data-phase', 'paused', { timeout: 120_000 });
  await expect(page.getByTestId('iteration')).toHaveText('1');
  expect(errors.filter((e) => /is not defined|SharedArrayBuffer/.test(e))).toEqual([]);
});
