import { expect, test } from '@playwright/test';
import { chartPoints, reachIteration, ready, settled, since } from './helpers';

// Small enough for SwiftShader: the tiny preset on two short levels (12 held-out questions).
const TINY = '#preset=tiny&methods=nft,rft&mix=add1,add2&seed=3';
const ARMS = ['nft', 'rft'];

test('NFT and RFT train side by side on webgpu: step, play, pause, reset', async ({ page }) => {
  test.setTimeout(1_200_000);
  const t0 = Date.now();
  await page.goto(`/${TINY}&iterations=1000&evalEvery=0&backend=webgpu`);
  await ready(page);
  await expect(page.getByTestId('backend')).toHaveText('webgpu');
  await expect(page.getByTestId('aggregation-nft')).toContainText('sum / 1000 (constant)');
  await expect(page.getByTestId('iteration')).toHaveText('0');

  await test.step('one step: every chart of both arms gets points', async () => {
    await page.keyboard.press('s');
    await expect(page.getByTestId('chart-accuracy-rft')).toHaveAttribute('data-points', '1', {
      timeout: 600_000,
    });
    console.log(`webgpu: first plotted point ${since(t0)} s after page load`);
    await reachIteration(page, 1);
    expect(await settled(page)).toBe('paused');
    const points = await chartPoints(page, ARMS);
    for (const [chart, n] of Object.entries(points)) expect(n, chart).toBeGreaterThan(0);
  });
  const first = await page.getByTestId('latest').textContent();
  expect(first).toContain('nft: iteration 1;');

  await test.step('play, then pause: progress stops', async () => {
    const t1 = Date.now();
    await page.getByTestId('action-play-pause').click();
    await expect(page.getByTestId('status')).toHaveText('running');
    await reachIteration(page, 3);
    console.log(`webgpu: 2 iterations (2 arms) in ${since(t1)} s`);
    await page.keyboard.press(' ');
    expect(await settled(page)).toBe('paused');
    const at = await page.getByTestId('iteration').textContent();
    const points = JSON.stringify(await chartPoints(page, ARMS));
    await page.waitForTimeout(5_000);
    await expect(page.getByTestId('iteration')).toHaveText(at ?? '');
    expect(JSON.stringify(await chartPoints(page, ARMS))).toBe(points);
    await expect(page.getByTestId('status')).toHaveText('paused');
  });

  await test.step('reset: back to iteration 0, and the same first values', async () => {
    await page.keyboard.press('r');
    await ready(page);
    await expect(page.getByTestId('iteration')).toHaveText('0');
    for (const n of Object.values(await chartPoints(page, ARMS))) expect(n).toBe(0);
    await page.getByTestId('action-step').click();
    await reachIteration(page, 1);
    await settled(page);
    await expect(page.getByTestId('latest')).toHaveText(first ?? '');
  });
});

test('forcing wasm works: a short run goes to the end', async ({ page }) => {
  test.setTimeout(600_000);
  const t0 = Date.now();
  await page.goto(`/${TINY}&iterations=3&backend=wasm`);
  await ready(page);
  await expect(page.getByTestId('backend')).toHaveText('wasm');
  await expect(page.getByTestId('backend-attempt-webgpu')).toContainText('not tried');
  // The preset's study finding sits beside the run (an observation, not a promise).
  await expect(page.getByTestId('preset-note')).toContainText('Preset tiny');
  await expect(page.getByTestId('preset-note')).toContainText('far too few to tell methods apart');
  await page.keyboard.press(' ');
  expect(await settled(page)).toBe('done');
  console.log(`wasm: 3 iterations of 2 arms, evaluations included, ${since(t0)} s after page load`);
  await expect(page.getByTestId('iteration')).toHaveText('3');
  const points = await chartPoints(page, ARMS);
  for (const a of ARMS) {
    expect(points[`accuracy-${a}`]).toBe(4); // base + after each iteration
    for (const m of ['loss', 'entropy', 'answers']) expect(points[`${m}-${a}`]).toBe(3);
  }
  await expect(page.getByTestId('latest')).toContainText('rft: iteration 3;');
});

test('the status line names the backend; "On this page" brings each section up; Space on a finished run stays put', async ({
  page,
}) => {
  test.setTimeout(600_000);
  await page.goto(`/${TINY}&iterations=1&backend=wasm`);
  await ready(page);
  await expect(page.getByTestId('status-backend')).toHaveText('wasm');
  await page.keyboard.press(' ');
  expect(await settled(page)).toBe('done');
  // Play is off now: Space is still the page's key, so the window does not scroll a screen down.
  await page.keyboard.press(' ');
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const nav = page.getByTestId('page-nav');
  const buttons = await nav.getByRole('button').allTextContents();
  expect(buttons).toEqual([
    'Explainers',
    'Latest rollout',
    'Label answers yourself',
    'Session',
    'Settings',
    'Backend',
    'Lessons',
  ]);
  for (const name of buttons) {
    await nav.getByRole('button', { name, exact: true }).click();
    const heading = page.getByRole('heading', { level: 2, name, exact: true });
    await expect(heading).toBeFocused();
    const top = await heading.evaluate((h) => h.getBoundingClientRect().top);
    // Near the top of the window (scroll-margin-top 0.5rem), unless the page ends first (the last ones).
    const atEnd = await page.evaluate(
      () => window.scrollY + window.innerHeight >= document.body.scrollHeight - 1,
    );
    expect(atEnd || (top > 4 && top < 12), `${name} at ${top} px`).toBe(true);
    expect(top).toBeGreaterThan(0);
    expect(top).toBeLessThan(await page.evaluate(() => window.innerHeight));
  }
});

test('a shared link reproduces the settings; the form rewrites the link', async ({ page, context }) => {
  await page.goto('/#preset=tiny&methods=nft,sft,grpo&lr=0.001&seed=7&backend=wasm');
  await ready(page);
  await expect(page.getByTestId('link-problems')).toHaveCount(0);
  await expect(page.locator('input[name=lr]')).toHaveValue('0.001');
  await expect(page.locator('input[name=seed]')).toHaveValue('7');
  await expect(page.locator('input[name=iterations]')).toHaveValue('3');
  await expect(page.getByTestId('aggregation-sft')).toContainText('token mean');
  await expect(page.getByTestId('aggregation-grpo')).toContainText('mean per answer');
  expect(new URL(page.url()).hash).toContain('methods=nft,sft,grpo');

  const lr = page.locator('input[name=lr]');
  await lr.fill('abc');
  await expect(page.getByTestId('setting-lr').getByTestId('setting-error')).toContainText('must be a number');
  await lr.fill('0.002');
  await lr.press('Enter');
  await expect(page.getByTestId('setting-lr').getByTestId('setting-error')).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).hash).toContain('lr=0.002');
  await page.getByTestId('setting-methods').getByLabel('grpo', { exact: true }).uncheck();
  await expect.poll(() => new URL(page.url()).hash).toContain('methods=nft,sft&');
  await ready(page);

  const again = await context.newPage();
  await again.goto(page.url());
  await expect(again.locator('input[name=lr]')).toHaveValue('0.002');
  await expect(again.getByTestId('setting-methods').getByLabel('grpo', { exact: true })).not.toBeChecked();
  await expect(again.getByTestId('aggregation-sft')).toBeVisible();
  expect(again.url()).toBe(page.url());
});

test('bad values in a link are listed as text and replaced by defaults', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const evil = encodeURIComponent('<img src=x onerror=alert(1)>');
  await page.goto(`/#preset=tiny&backend=wasm&lr=banana&methods=nft&${evil}=1&K=${evil}`);
  const problems = page.getByTestId('link-problems');
  await expect(problems).toContainText('lr: must be a number');
  await expect(problems).toContainText('methods: needs at least 2 methods');
  await expect(problems).toContainText('unknown setting "<img src=x onerror=alert(1)>" ignored');
  await expect(problems).toContainText('K: must be a whole number');
  await expect(problems.locator('img')).toHaveCount(0);
  await ready(page);
  await expect(page.locator('input[name=lr]')).toHaveValue('0.0003');
  await expect(page.locator('input[name=K]')).toHaveValue('4');
  expect(new URL(page.url()).hash).toContain('methods=nft,rft');
  expect(dialogs).toBe(0);
});

test('the keyboard help (?): every key of the page, the labelling panel and the presenter view; Esc closes it', async ({
  page,
}) => {
  test.setTimeout(600_000);
  await page.goto(`/${TINY}&iterations=1&backend=wasm`);
  await ready(page);
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keys' });
  await expect(help).toBeVisible();
  const rows = await help.locator('tr').evaluateAll((trs) => trs.map((tr) => tr.textContent));
  for (const row of [
    'Spaceplay or pause the run',
    'Sone iteration of every arm',
    'Rthe same run again from the start (same seed)',
    'Pthe presenter view: one chart, every arm, big type',
    'C / 1mark the answer right',
    'U / Ctrl+Zundo the last mark',
    'Lthe link for attendees, or back to the chart',
  ])
    expect(rows).toContain(row);
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  await page.getByTestId('action-keys').click();
  await expect(help).toBeVisible();
  await page.getByTestId('keys-close').click();
  await expect(help).toHaveCount(0);
  await expect(page.getByTestId('action-keys')).toBeFocused();
});
