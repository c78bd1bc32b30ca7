import { expect, type Page, test } from '@playwright/test';
import { readQr } from '../src/app/present/readQr.testing';
import { ready, stepTo } from './helpers';

const TINY = '#preset=tiny&methods=nft,rft&mix=add1,add2&seed=3&backend=wasm';
const ARMS = ['nft', 'rft'];

/** Every arm has `points` points, a drawn line in its colour on the chart, and its latest value as text. */
async function showsEveryArm(page: Page, points: number): Promise<void> {
  for (const arm of ARMS) {
    const value = page.getByTestId(`presenter-value-${arm}`);
    await expect(value).toHaveAttribute('data-points', String(points));
    await expect(value).toContainText(arm);
  }
  // Each arm's points marked in its shape; from two points on, its line drawn (the raw values' faint lines aside).
  const plot = page.getByTestId('presenter-chart');
  if (points > 0)
    await expect.poll(() => plot.locator('.recharts-line-dots').count()).toBeGreaterThanOrEqual(ARMS.length);
  if (points > 1) {
    const lines = plot.locator('path.recharts-line-curve:not([stroke-opacity="0.3"])');
    await expect(lines).toHaveCount(ARMS.length);
    for (const d of await lines.evaluateAll((ps) => ps.map((p) => p.getAttribute('d'))))
      expect(d).toMatch(/^M[\d.]+,[\d.]+/);
  }
}

test('presenter view: opens by key and button, every arm on one chart, arrows switch metric, Esc leaves', async ({
  page,
}) => {
  test.setTimeout(600_000);
  await page.goto(`/${TINY}`);
  await ready(page);
  await stepTo(page, 1);

  const view = page.getByTestId('presenter');
  await expect(view).toHaveCount(0);
  await page.keyboard.press('p');
  await expect(view).toBeVisible();
  await expect(view).toHaveAttribute('data-metric', 'accuracy');
  await expect(page.getByRole('dialog', { name: 'held-out accuracy' })).toBeVisible();
  await showsEveryArm(page, 2); // the base model's evaluation and the one after the step
  for (const arm of ARMS) await expect(page.getByTestId(`presenter-value-${arm}`)).toContainText(/\d+\.\d%/);

  // One chart filling the screen: most of the viewport, in large type.
  const viewport = page.viewportSize() ?? { width: 0, height: 0 };
  const chart = await page.getByTestId('presenter-chart').boundingBox();
  expect(chart?.width ?? 0).toBeGreaterThan(0.9 * viewport.width - 64);
  expect(chart?.height ?? 0).toBeGreaterThan(0.4 * viewport.height);
  const big = await page
    .getByTestId('presenter-value-nft')
    .locator('.presenter-big')
    .evaluate((e) => Number.parseFloat(getComputedStyle(e).fontSize));
  expect(big).toBeGreaterThanOrEqual(40);

  await page.keyboard.press('ArrowRight');
  await expect(view).toHaveAttribute('data-metric', 'loss');
  await expect(page.getByTestId('presenter-title')).toHaveText('loss');
  await showsEveryArm(page, 1);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(view).toHaveAttribute('data-metric', 'drift'); // wraps round to the last metric
  await page.getByRole('button', { name: 'Next metric' }).click();
  await expect(view).toHaveAttribute('data-metric', 'accuracy');

  await page.keyboard.press('Escape');
  await expect(view).toHaveCount(0);
  await expect(page.getByTestId('chart-accuracy-nft')).toBeVisible();

  // The button opens it too, on the metric shown last, and its Close button leaves.
  await page.getByTestId('action-present').click();
  await expect(view).toHaveAttribute('data-metric', 'accuracy');
  await page.getByTestId('presenter-close').click();
  await expect(view).toHaveCount(0);
  await expect(page.getByTestId('action-present')).toBeFocused();
});

test('presenter view from the URL: ?present=entropy opens it on that metric; a bad metric is an error', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await page.goto(`/?present=entropy${TINY}`);
  await ready(page);
  const view = page.getByTestId('presenter');
  await expect(view).toBeVisible();
  await expect(view).toHaveAttribute('data-metric', 'entropy');
  await showsEveryArm(page, 0);
  await page.keyboard.press('Escape');
  await expect(view).toHaveCount(0);

  await page.goto(`/?present=speed${TINY}`);
  await expect(page.getByTestId('error').first()).toContainText('unknown present "speed"');
  await expect(view).toHaveCount(0);
});

test("the link for attendees: L shows the page's link (no ?present) as a QR code that reads back, warns on a local address", async ({
  page,
}) => {
  test.setTimeout(600_000);
  await page.goto(`/?present=entropy${TINY}`);
  await ready(page);
  const view = page.getByTestId('presenter');
  await expect(view).toHaveAttribute('data-metric', 'entropy');
  await page.keyboard.press('l');
  const link = page.getByTestId('share-link');
  await expect(link).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Link for attendees' })).toBeVisible();
  await expect(page.getByTestId('presenter-chart')).toHaveCount(0); // the chart gave way
  const expected = page.url().replace('?present=entropy', '');
  expect(expected).toMatch(
    /^http:\/\/127\.0\.0\.1:\d+\/#preset=tiny&methods=nft,rft&seed=3&.*&backend=wasm&mix=add1,add2&/,
  );
  await expect(link).toHaveAttribute('data-url', expected);
  await expect(page.getByTestId('share-url')).toHaveText(expected);
  const qr = page.getByTestId('share-qr');
  const size = Number((await qr.getAttribute('viewBox'))?.split(' ')[2]);
  const path = (await qr.locator('path').getAttribute('d')) ?? '';
  expect(readQr(path, size)).toBe(expected);
  const box = await qr.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThanOrEqual(160);
  await expect(page.getByTestId('share-warning')).toContainText('opens only on this computer'); // 127.0.0.1
  await expect(page.getByTestId('presenter-link')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('presenter-link').click();
  await expect(link).toHaveCount(0);
  await expect(page.getByTestId('presenter-chart').locator('svg.recharts-surface')).toHaveCount(1); // the chart is back
});
