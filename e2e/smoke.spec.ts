import { chromium, expect, type Page, test } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { ready } from './helpers';

/** Waits until backend selection is over: the backend is named, or an error is shown. */
async function backendName(page: Page): Promise<string> {
  const error = page.getByTestId('error');
  await expect(page.getByTestId('backend-attempts').or(error).first()).toBeVisible();
  if (!(await page.getByTestId('backend-attempts').isVisible())) {
    throw new Error(`backend selection failed: ${(await error.textContent()) ?? ''}`);
  }
  return (await page.getByTestId('backend').textContent()) ?? '';
}

test('#backend=webgpu runs on webgpu (SwiftShader), with no silent fallback', async ({ page }) => {
  await page.goto('/#preset=tiny&backend=webgpu');
  expect(await backendName(page)).toBe('webgpu');
  await expect(page.getByTestId('backend-attempt-webgpu')).toContainText('running');
  await ready(page);
});

test('#backend=wasm runs on wasm only', async ({ page }) => {
  await page.goto('/#preset=tiny&backend=wasm');
  expect(await backendName(page)).toBe('wasm');
  await expect(page.getByTestId('backend-attempt-webgpu')).toContainText('not tried');
});

test('an unknown backend in the link is reported and replaced by auto', async ({ page }) => {
  await page.goto('/#preset=tiny&backend=cuda');
  await expect(page.getByTestId('link-problems')).toContainText('backend: must be one of auto, webgpu');
  // auto measures: on this machine's software renderers, wasm is the fastest (e2e/backendChoice.spec.ts).
  expect(await backendName(page)).toBe('wasm');
});

test('an unknown URL option is reported, pointing to the hash', async ({ page }) => {
  await page.goto('/?backend=wasm');
  await expect(page.getByTestId('error').first()).toContainText('#backend=wasm');
});

for (const hash of ['#preset=tiny', '#preset=tiny&backend=wasm']) {
  test(`every request goes to the page's own origin (${hash})`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL ?? '').origin;
    const urls: string[] = [];
    // Requests of the page and of its dedicated worker (the model and the .wasm files are fetched there).
    page.on('request', (r) => urls.push(r.url()));
    await page.goto(`/${hash}`);
    await ready(page);
    // The worker's fetch of the base model proves worker requests are observed here.
    expect(urls.some((u) => u.endsWith('/models/base/model.json'))).toBe(true);
    if (hash.includes('wasm')) expect(urls.some((u) => u.endsWith('.wasm'))).toBe(true);
    const foreign = urls.filter(
      (u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin,
    );
    expect(foreign).toEqual([]);
  });
}

/** Runs the page's training check (?check=train) and returns the losses it shows. */
async function trainCheck(page: Page, backend: string): Promise<number[]> {
  await page.goto(`/?check=train#preset=tiny&backend=${backend}`);
  const panel = page.getByTestId('train-check');
  const error = page.getByTestId('error');
  await expect(panel.or(error).first()).toBeVisible();
  if (await error.isVisible())
    throw new Error(`the page shows an error: ${(await error.textContent()) ?? ''}`);
  await expect(page.getByTestId('backend')).toHaveText(backend);
  await expect(page.getByTestId('train-check-leak')).toHaveAttribute('data-leaked', '0');
  const text = (await page.getByTestId('train-check-losses').textContent()) ?? '';
  return text.split('→').map((x) => Number(x.trim()));
}

for (const backend of ['webgpu', 'webgl', 'wasm', 'cpu']) {
  test(`the model trains on ${backend}: loss falls, no tensor leaks`, async ({ page }) => {
    const losses = await trainCheck(page, backend);
    expect(losses).toHaveLength(5);
    for (const l of losses) expect(Number.isFinite(l)).toBe(true);
    expect(losses[4]).toBeLessThan(losses[0]);
  });
}

test('over plain http on a network name (not a secure context) the page says why WebGPU is off, runs on, and the link view warns', async ({
  baseURL,
}) => {
  test.setTimeout(600_000);
  // workshop.test resolves to this machine: an http origin that is not localhost, as in a workshop room.
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP workshop.test 127.0.0.1'],
  });
  const page = await browser.newPage();
  const port = new URL(baseURL ?? '').port;
  await page.goto(`http://workshop.test:${port}/#preset=tiny&mix=add1,add2`);
  expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
  await ready(page);
  await expect(page.getByTestId('backend-attempt-webgpu')).toContainText(
    'not a secure context: browsers give WebGPU only to https pages and to localhost on this computer',
  );
  // auto measured the backends that start here: webgl is a software renderer (SwiftShader), wasm runs.
  await expect(page.getByTestId('backend')).toHaveText('wasm');
  await expect(page.getByTestId('backend-attempt-webgl')).toContainText('not chosen: a software renderer');
  await page.keyboard.press('p');
  await page.keyboard.press('l');
  await expect(page.getByTestId('share-url')).toHaveText(/^http:\/\/workshop\.test:\d+\/#preset=tiny&/);
  await expect(page.getByTestId('share-warning')).toContainText("Over plain http, attendees' browsers");
  await browser.close();
});
