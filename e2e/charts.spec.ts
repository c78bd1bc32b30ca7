import { expect, type Page, test } from '@playwright/test';
import { ready, stepTo } from './helpers';

// The tiny preset on two short levels, on wasm, evaluated every iteration.
const TINY = '#preset=tiny&methods=nft,rft&mix=add1,add2&seed=3&iterations=1000&evalEvery=1&backend=wasm';
const ARMS = ['nft', 'rft'];

const chart = (page: Page, metric: string) => page.getByTestId(`chart-${metric}`);
/** The smoothed line of an arm on a chart (drawn in the arm's colour at full opacity). */
const armLine = async (page: Page, metric: string, arm: string) => {
  const colour = await page.getByTestId(`chart-${metric}-${arm}`).getAttribute('data-colour');
  return chart(page, metric).locator(
    `path.recharts-line-curve[stroke="${colour}"]:not([stroke-opacity="0.3"])`,
  );
};

async function twoSteps(page: Page): Promise<void> {
  await page.goto(`/${TINY}`);
  await ready(page);
  await stepTo(page, 1);
  await stepTo(page, 2);
  for (const a of ARMS) {
    await expect(page.getByTestId(`chart-accuracy-${a}`)).toHaveAttribute('data-points', '3');
    await expect(await armLine(page, 'accuracy', a)).toHaveCount(1);
  }
}

test('charts: hover shows every arm at that iteration and moves the other cursors; the legend hides an arm; the y axis fits', async ({
  page,
}) => {
  test.setTimeout(600_000);
  // Every chart in view: a chart out of view is not drawn until it comes into view.
  await page.setViewportSize({ width: 1280, height: 2400 });
  await twoSteps(page);
  const acc = chart(page, 'accuracy');
  await acc.scrollIntoViewIfNeeded();

  await test.step('hover: a tooltip with both arms at that iteration, the loss chart follows', async () => {
    const box = await acc.locator('svg.recharts-surface').boundingBox();
    if (!box) throw new Error('no accuracy chart');
    // Right half of the plot: iteration 2 (x runs 0..2).
    await page.mouse.move(box.x + box.width - 20, box.y + box.height / 2);
    const tip = acc.locator('.recharts-tooltip-wrapper');
    await expect(tip).toContainText('iteration 2');
    for (const a of ARMS) await expect(tip).toContainText(new RegExp(`${a}\\s*:\\s*\\d+\\.\\d%`));
    // Every other chart marks the same iteration with its cursor (cursorSync.ts), and drops it on leave.
    for (const other of ['loss', 'entropy', 'answers'])
      await expect(chart(page, other).locator('.synced-cursor')).toHaveAttribute('data-x', '2');
    await expect(acc.locator('.recharts-tooltip-cursor')).toHaveCount(1);
    await expect(acc.locator('.synced-cursor')).toHaveCount(0);
    await page.mouse.move(0, 0);
    for (const other of ['loss', 'entropy', 'answers'])
      await expect(chart(page, other).locator('.synced-cursor')).toHaveCount(0);
  });

  await test.step('y axis fitted to the data, 0 to 1 on the switch', async () => {
    const yMin = Number(await acc.getAttribute('data-y-min'));
    const yMax = Number(await acc.getAttribute('data-y-max'));
    const latest = await Promise.all(
      ARMS.map(async (a) =>
        Number.parseFloat(
          (await page.getByTestId(`chart-accuracy-${a}`).locator('.legend-value').textContent()) ?? '',
        ),
      ),
    );
    console.log(`accuracy axis ${yMin}..${yMax}, latest ${latest.join(', ')}%`);
    for (const v of latest) {
      expect(v / 100).toBeGreaterThanOrEqual(yMin);
      expect(v / 100).toBeLessThanOrEqual(yMax);
    }
    expect(yMax - yMin).toBeLessThan(0.5);
    // The axis' tick labels say the same range.
    // (recharts draws tick labels in a layer of their own: the y axis' are the right-aligned ones)
    const ticks = await acc
      .locator('text.recharts-cartesian-axis-tick-value[text-anchor="end"]')
      .allTextContents();
    expect(ticks.map((s) => Number.parseFloat(s) / 100)).toContain(yMax);
    await page.getByTestId('full-range').check();
    await expect(acc).toHaveAttribute('data-y-min', '0');
    await expect(acc).toHaveAttribute('data-y-max', '1');
    await page.getByTestId('full-range').uncheck();
    await expect(acc).toHaveAttribute('data-y-max', String(yMax));
  });

  await test.step('a legend click hides an arm on every chart, a second shows it again', async () => {
    const toggle = page.getByTestId('legend-accuracy-rft');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(await armLine(page, 'accuracy', 'rft')).toHaveCount(0);
    await expect(await armLine(page, 'loss', 'rft')).toHaveCount(0);
    await expect(await armLine(page, 'accuracy', 'nft')).toHaveCount(1);
    await toggle.click();
    await expect(await armLine(page, 'accuracy', 'rft')).toHaveCount(1);
  });

  await test.step('a drag across a chart zooms every chart into that x range; reset shows it all', async () => {
    const box = await acc.locator('svg.recharts-surface').boundingBox();
    if (!box) throw new Error('no accuracy chart');
    // The plot runs from the y axis (48 px) to 12 px before the right edge, x 0..2: from near 0 to near 1.
    const at = (x: number) => box.x + 48 + ((box.width - 60) * x) / 2;
    await page.mouse.move(at(0.1), box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(at(0.9), box.y + box.height / 2, { steps: 3 });
    await page.mouse.up();
    const reset = page.getByTestId('zoom-reset');
    await expect(reset).toHaveText(/x 0 to 1\b/);
    const xTicks = chart(page, 'loss').locator(
      'text.recharts-cartesian-axis-tick-value[text-anchor="middle"]',
    );
    await expect(xTicks.last()).toHaveText('1');
    await reset.click();
    await expect(reset).toBeDisabled();
    await expect(xTicks.last()).toHaveText('2');
    await page.mouse.move(0, 0);
  });

  await test.step('small multiples: one panel per arm and metric, the overlay back on the switch', async () => {
    await page.getByTestId('chart-mode').selectOption('multiples');
    for (const a of ARMS)
      await expect(page.getByTestId(`chart-accuracy-${a}`).locator('svg.recharts-surface')).toHaveCount(1);
    await page.getByTestId('chart-mode').selectOption('overlay');
    await expect(acc.locator('svg.recharts-surface')).toHaveCount(1);
  });

  await test.step('NFT minus RFT: the paired difference at every evaluation', async () => {
    await page.getByTestId('difference').check();
    await expect(page.getByTestId('diff-accuracy')).toHaveAttribute('data-points', '3');
    await expect(page.getByTestId('diff-accuracy').locator('path.recharts-line-curve').first()).toBeVisible();
  });
});

test('PNG export: a distinct colour for every arm in its legend, as on the page', async ({ page }) => {
  test.setTimeout(600_000);
  await twoSteps(page);
  const colours = await Promise.all(
    ARMS.map(async (a) => (await page.getByTestId(`chart-accuracy-${a}`).getAttribute('data-colour')) ?? ''),
  );
  expect(new Set(colours).size).toBe(ARMS.length);
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('png-accuracy').click()]);
  const bytes = await (await import('node:fs/promises')).readFile(await file.path());
  const found = await page.evaluate(
    async ({ b64, colours }) => {
      const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
      ctx.drawImage(bitmap, 0, 0);
      // The legend's line (2x): title, subtitle, then the legend about 74 px from the top.
      const band = ctx.getImageData(0, 2 * 56, bitmap.width, 2 * 30).data;
      return colours.map((hex) => {
        const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
        let n = 0;
        for (let i = 0; i < band.length; i += 4)
          if (Math.abs(band[i] - r) + Math.abs(band[i + 1] - g) + Math.abs(band[i + 2] - b) < 30) n++;
        return n;
      });
    },
    { b64: bytes.toString('base64'), colours },
  );
  console.log(`legend pixels per arm colour ${colours.join(', ')}: ${found.join(', ')}`);
  for (const n of found) expect(n).toBeGreaterThan(20);
});

test('presenter view at 390 px: the recharts chart with every arm, Close inside the window', async ({
  page,
}) => {
  test.setTimeout(600_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/${TINY}`);
  await ready(page);
  await stepTo(page, 1);
  await page.keyboard.press('p');
  const view = page.getByTestId('presenter');
  await expect(view).toBeVisible();
  const close = await page.getByTestId('presenter-close').boundingBox();
  expect(close).not.toBeNull();
  if (close) {
    expect(close.x).toBeGreaterThanOrEqual(0);
    expect(close.x + close.width).toBeLessThanOrEqual(390);
    expect(close.y + close.height).toBeLessThanOrEqual(844);
  }
  const plot = page.getByTestId('presenter-chart');
  await expect(plot.locator('path.recharts-line-curve:not([stroke-opacity="0.3"])')).toHaveCount(ARMS.length);
  const box = await plot.boundingBox();
  expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 999) <= 390).toBe(true);
  await page.getByTestId('presenter-close').click();
  await expect(view).toHaveCount(0);
});
