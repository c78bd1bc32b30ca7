import { readFile, writeFile } from 'node:fs/promises';
import { type Download, expect, type Page, test } from '@playwright/test';
import { ready, stepTo } from './helpers';

// The tiny preset on two short levels, on wasm (quicker than SwiftShader), evaluated every iteration,
// with two mini-batch steps per iteration (so the updates run off policy and the drift is measured).
const TINY =
  '#preset=tiny&methods=nft,rft&mix=add1,add2&seed=3&iterations=1000&evalEvery=1&mu=2&backend=wasm';
const ARMS = ['nft', 'rft'];
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function download(page: Page, click: () => Promise<void>): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { file, bytes: await readFile(await file.path()) };
}

const points = async (page: Page, metric: string, arm: string) =>
  Number(await page.getByTestId(`chart-${metric}-${arm}`).getAttribute('data-points'));

test('export: the metrics as CSV and JSON, a chart row as PNG', async ({ page }, testInfo) => {
  test.setTimeout(900_000);
  await page.goto(`/${TINY}`);
  await ready(page);
  const csvButton = page.getByRole('button', { name: 'Export CSV' });
  const jsonButton = page.getByRole('button', { name: 'Export JSON' });
  const pngButton = page.getByRole('button', { name: 'Download held-out accuracy chart as PNG' });
  await expect(csvButton).toBeDisabled();
  await expect(jsonButton).toBeDisabled();
  await expect(pngButton).toBeDisabled();

  for (const n of [1, 2]) {
    await stepTo(page, n);
  }
  // What the page shows: iterations on the loss charts, evaluations (base included) on accuracy.
  const shown = Object.fromEntries(
    await Promise.all(
      ARMS.map(async (a) => [
        a,
        { iterations: await points(page, 'loss', a), evals: await points(page, 'accuracy', a) },
      ]),
    ),
  ) as Record<string, { iterations: number; evals: number }>;
  for (const a of ARMS) expect(shown[a]).toEqual({ iterations: 2, evals: 3 });

  await test.step('CSV: a header, then per arm its base evaluation and one row per iteration', async () => {
    await expect(csvButton).toBeEnabled();
    const { file, bytes } = await download(page, () => csvButton.click());
    expect(file.suggestedFilename()).toMatch(/^nft-playground-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.csv$/);
    const lines = bytes.toString('utf8').split('\r\n');
    expect(lines.pop()).toBe(''); // ends with CRLF
    const [header, ...rows] = lines.map((l) => l.split(','));
    expect(header.slice(0, 6)).toEqual(['seed', 'arm', 'method', 'iteration', 'steps', 'loss']);
    for (const c of ['eval_greedy', 'eval_sampled', 'eval_pass_at_k', 'eval_entropy', 'eval_greedy_add1'])
      expect(header).toContain(c);
    expect(header).toContain('eval_sampled_add2');
    const col = (name: string) => header.indexOf(name);
    expect(rows).toHaveLength(ARMS.reduce((s, a) => s + shown[a].iterations + 1, 0));
    for (const a of ARMS) {
      const mine = rows.filter((r) => r[col('arm')] === a);
      expect(mine.map((r) => r[col('iteration')])).toEqual(['0', '1', '2']);
      expect(mine.filter((r) => r[col('loss')] !== '')).toHaveLength(shown[a].iterations);
      expect(mine.filter((r) => r[col('eval_greedy')] !== '')).toHaveLength(shown[a].evals);
      for (const r of mine) {
        expect(r).toHaveLength(header.length);
        expect(r[col('seed')]).toBe('3');
      }
    }
    // How far off policy each update ran: the first of two steps is on policy, so the mean over the
    // steps is half the last step's; one step (a single kept question) is on policy throughout.
    const twoSteps = rows.filter((r) => r[col('steps')] === '2');
    expect(twoSteps.length).toBeGreaterThan(0);
    for (const r of rows.filter((r) => r[col('steps')] !== '')) {
      const [mean, last] = [Number(r[col('abs_log_ratio')]), Number(r[col('abs_log_ratio_last')])];
      if (r[col('steps')] === '2') {
        expect(last).toBeGreaterThan(0);
        expect(mean).toBe(last / 2);
      } else expect([mean, last]).toEqual([0, 0]);
    }
    await expect(page.getByTestId('latest')).toContainText('off policy |log R|');
    for (const a of ARMS)
      await expect(page.getByTestId(`chart-drift-${a}`)).toHaveAttribute('data-points', '2');
  });

  await test.step('JSON: versioned, both arms with their iterations and evaluations', async () => {
    const { file, bytes } = await download(page, () => jsonButton.click());
    expect(file.suggestedFilename()).toMatch(/^nft-playground-.*Z\.json$/);
    const doc = JSON.parse(bytes.toString('utf8'));
    expect(doc).toMatchObject({
      format: 'nft-playground-metrics',
      version: 1,
      backend: 'wasm',
      completed: 2,
    });
    expect(doc.settings).toMatchObject({ seed: 3, methods: ARMS, evalEvery: 1 });
    expect(Date.parse(doc.exportedAt)).not.toBeNaN();
    expect(doc.arms.map((a: { name: string }) => a.name)).toEqual(ARMS);
    for (const [i, a] of ARMS.entries()) {
      expect(doc.arms[i].iterations.map((m: { iteration: number }) => m.iteration)).toEqual([0, 1]);
      expect(doc.arms[i].iterations).toHaveLength(shown[a].iterations);
      expect(doc.arms[i].evals).toHaveLength(shown[a].evals);
      expect(doc.arms[i].evals[0].eval.greedy.perLevel).toHaveProperty('add1');
    }
  });

  await test.step('PNG: one image of the accuracy row, both arms drawn in', async () => {
    await expect(pngButton).toBeEnabled();
    const { file, bytes } = await download(page, () => pngButton.click());
    const saved = testInfo.outputPath('accuracy.png'); // kept to look at
    await writeFile(saved, bytes);
    await testInfo.attach('accuracy.png', { path: saved, contentType: 'image/png' });
    expect(file.suggestedFilename()).toMatch(/^nft-playground-accuracy-.*Z\.png$/);
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_MAGIC);
    expect(bytes.length).toBeGreaterThan(10_000);
    const image = await page.evaluate(async (b64) => {
      const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
      ctx.drawImage(bitmap, 0, 0);
      const px = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      // Pixels near each arm's colour (nft #0072B2, rft #E69F00): its lines are in the image.
      const near = (r: number, g: number, b: number) => {
        let n = 0;
        for (let i = 0; i < px.length; i += 4)
          if (Math.abs(px[i] - r) + Math.abs(px[i + 1] - g) + Math.abs(px[i + 2] - b) < 60) n++;
        return n;
      };
      return {
        width: bitmap.width,
        height: bitmap.height,
        corner: [...px.subarray(0, 4)],
        nft: near(0x00, 0x72, 0xb2),
        rft: near(0xe6, 0x9f, 0x00),
      };
    }, bytes.toString('base64'));
    console.log(`accuracy PNG: ${image.width} x ${image.height}, ${bytes.length} bytes`, image);
    expect(image.width).toBeGreaterThan(0);
    expect(image.height).toBeGreaterThan(0);
    expect(image.width).toBe(bytes.readUInt32BE(16)); // the IHDR's width
    expect(image.width).toBeGreaterThanOrEqual(2 * 2 * 300); // two 300 px panels at 2x
    expect(image.corner).toEqual([255, 255, 255, 255]); // white background
    expect(image.nft).toBeGreaterThan(1_000);
    expect(image.rft).toBeGreaterThan(1_000);
  });
});
