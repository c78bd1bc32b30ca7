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
  await expect(page.getByTestId('backend-attempt-webgpu')).toContainText('slower in the race');

  // A reload takes the kept measurement; "Measure again" races anew.
  await page.reload();
  await expect(page.getByTestId('backend-choice-summary')).toContainText('earlier measurement');
  await page.getByTestId('measure-again').click();
  await expect(page.getByTestId('backend-choice-summary')).toContainText('Chosen by measurement', {
    timeout: 120_000,
  });
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
    expect(figures.webgl).toMatch(/software renderer: /);
    expect(figures.webgl).toMatch(/\d+\.\d+ s/);
    await expect(page.getByTestId('software-webgl')).toBeVisible();
    expect(figures.webgpu).toBeUndefined();
    await ready(page);
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
