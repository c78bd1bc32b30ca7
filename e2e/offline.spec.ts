import { expect, type Request, test } from '@playwright/test';
import { ready, stepTo } from './helpers';

// The tiny preset on wasm: quick, and the wasm binaries are among the files that must be kept.
const TINY = '#preset=tiny&methods=nft,rft&mix=add1,add2&seed=3&backend=wasm';

const pathOf = (url: string) => new URL(url).pathname;

test('after a first visit the page works offline: reload, the model loads, a step trains', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(600_000);
  // A fresh context has no service worker: whatever another run or build registered cannot serve here.
  expect(context.serviceWorkers()).toEqual([]);
  const origin = new URL(baseURL ?? '').origin;
  const fetched = new Set<string>();
  const onRequest = (r: Request) => {
    if (r.url().startsWith(origin)) fetched.add(pathOf(r.url()));
  };
  context.on('request', onRequest);

  await page.goto(`/${TINY}`);
  await ready(page);
  await expect(page.getByTestId('backend')).toHaveText('wasm');
  const status = page.getByTestId('offline-status');
  await expect(status).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  await expect(status).toContainText('Ready to work offline');
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js$/);
  context.off('request', onRequest);

  const stored = await page.evaluate(async () => {
    const names = await caches.keys();
    const out: Record<string, string[]> = {};
    for (const n of names)
      out[n] = (await (await caches.open(n)).keys()).map((r) => new URL(r.url).pathname).sort();
    return out;
  });
  const names = Object.keys(stored);
  expect(names).toHaveLength(1);
  expect(names[0]).toMatch(/^nft-playground-[0-9a-f]{16}$/);
  const kept = stored[names[0]];
  console.log(`cached ${kept.length} files: ${kept.join(', ')}`);
  for (const p of ['/index.html', '/models/base/model.json', '/models/base/group1-shard1of1.bin'])
    expect(kept).toContain(p);
  expect(kept.filter((p) => p.endsWith('.wasm'))).toHaveLength(3);
  // Every file the first visit loaded (page, chunks, worker, wasm, model) is kept; sw.js itself is not.
  const missing = [...fetched].filter((p) => p !== '/sw.js' && !kept.includes(p === '/' ? '/index.html' : p));
  expect(missing, `fetched ${[...fetched].join(', ')}`).toEqual([]);

  await context.setOffline(true);
  const failed: string[] = [];
  // The service worker's own network attempts fail (it then answers from its cache); the page's must not.
  context.on('requestfailed', (r) => {
    if (!r.serviceWorker()) failed.push(`${r.url()}: ${r.failure()?.errorText}`);
  });
  await page.reload();
  await ready(page);
  await expect(page.getByTestId('backend')).toHaveText('wasm');
  await expect(page.getByTestId('iteration')).toHaveText('0');
  await stepTo(page, 1);
  await expect(page.getByTestId('latest')).toContainText('nft: iteration 1;');
  await expect(status).toHaveAttribute('data-state', 'ready');
  expect(failed).toEqual([]);
  await context.setOffline(false);
});
