import { expect, type Page, test } from '@playwright/test';

/** Waits until the page has either answered (verdict) or failed (error); fails with the page's error text. */
async function expectAnswer(page: Page): Promise<void> {
  const verdict = page.getByTestId('verdict');
  const error = page.getByTestId('error');
  await expect(verdict.or(error).first()).toBeVisible();
  if (await error.isVisible())
    throw new Error(`the page shows an error: ${(await error.textContent()) ?? ''}`);
  await expect(page.getByTestId('question')).not.toBeEmpty();
  await expect(page.getByTestId('answer')).toBeAttached();
  await expect(verdict).toHaveText(/^(right|wrong)/);
}

/** Waits until backend selection is over: the backend is named, or an error is shown. */
async function backendName(page: Page): Promise<string> {
  const backend = page.getByTestId('backend');
  const error = page.getByTestId('error');
  await expect(page.getByTestId('backend-attempts').or(error).first()).toBeVisible();
  if (!(await page.getByTestId('backend-attempts').isVisible())) {
    throw new Error(`backend selection failed: ${(await error.textContent()) ?? ''}`);
  }
  return (await backend.textContent()) ?? '';
}

test.describe('default backend order', () => {
  test('runs on webgpu (SwiftShader), with no silent fallback', async ({ page }) => {
    await page.goto('/');
    expect(await backendName(page)).toBe('webgpu');
    await expect(page.getByTestId('backend-attempt-webgpu')).toContainText('running');
  });

  test('answers one question on webgpu, with a verdict', async ({ page }) => {
    await page.goto('/');
    await expectAnswer(page);
    await expect(page.getByTestId('backend')).toHaveText('webgpu');
  });
});

test.describe('?backend=wasm', () => {
  test('runs on wasm only', async ({ page }) => {
    await page.goto('/?backend=wasm');
    expect(await backendName(page)).toBe('wasm');
    await expect(page.getByTestId('backend-attempt-webgpu')).toContainText('not tried');
  });

  test('answers one question on wasm, with a verdict', async ({ page }) => {
    await page.goto('/?backend=wasm');
    await expectAnswer(page);
    await expect(page.getByTestId('backend')).toHaveText('wasm');
  });
});

test('an unknown ?backend value is reported, not ignored', async ({ page }) => {
  await page.goto('/?backend=cuda');
  await expect(page.getByTestId('error')).toContainText('unknown backend "cuda"');
});

for (const query of ['', '?backend=wasm']) {
  test(`every request goes to the page's own origin (${query || 'default'})`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL ?? '').origin;
    const urls: string[] = [];
    // Requests of the page and of its dedicated worker (the model and the .wasm files are fetched there).
    page.on('request', (r) => urls.push(r.url()));
    await page.goto(`/${query}`);
    const settled = page.getByTestId('verdict').or(page.getByTestId('error'));
    await expect(settled.first()).toBeVisible();
    // The worker's fetch of the base model proves worker requests are observed here.
    expect(urls.some((u) => u.endsWith('/models/base/model.json'))).toBe(true);
    if (query.includes('wasm')) expect(urls.some((u) => u.endsWith('.wasm'))).toBe(true);
    const foreign = urls.filter(
      (u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin,
    );
    expect(foreign).toEqual([]);
  });
}

/** Runs the page's training check (?check=train) and returns the losses it shows. */
async function trainCheck(page: Page, backend: string): Promise<number[]> {
  await page.goto(`/?backend=${backend}&seed=3&check=train`);
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
