import { expect, test } from '@playwright/test';
import { chartPoints, csvLines, expectKeptRows, reachIteration, ready, settled } from './helpers';

// The tiny preset on two short levels, and the fault buttons (?debug=faults).
const TINY = '#preset=tiny&methods=nft,rft&mix=add1,add2&seed=3&iterations=1000&evalEvery=1';
const ARMS = ['nft', 'rft'];

// One SwiftShader run covers both: the device is lost mid-step (while the run plays: a readback in
// flight fails as "Buffer was unmapped", which must still be named a lost device), then the resume.
test('a GPU device lost mid-step: named so, then the run goes on on wasm from its last step, nothing lost', async ({
  page,
}) => {
  test.setTimeout(900_000);
  await page.goto(`/?debug=faults${TINY}&backend=webgpu`);
  await ready(page);
  await expect(page.getByTestId('backend')).toHaveText('webgpu');
  await page.getByTestId('action-play-pause').click();
  await expect(page.getByTestId('status')).toHaveText('running');
  await reachIteration(page, 1);
  const playing = await chartPoints(page, ARMS);

  await page.getByTestId('fault-device-lost').click();
  await expect(page.getByTestId('status')).toHaveText('error');
  await expect(page.getByTestId('error')).toContainText('GPU device was lost');
  await expect(page.getByTestId('error')).not.toContainText('training failed');
  await expect(page.getByTestId('recovery')).toContainText(/iteration \d+/);
  await expect(page.getByTestId('continue-webgl')).toContainText('(suggested)');
  await expect(page.getByTestId('continue-webgpu')).toContainText('(again)');
  // Charts keep every point they had while the run played, and stay as they are while it is stopped.
  const before = await chartPoints(page, ARMS);
  for (const [chart, n] of Object.entries(playing)) expect(before[chart], chart).toBeGreaterThanOrEqual(n);
  const csv = await csvLines(page);
  await page.waitForTimeout(1000);
  expect(await chartPoints(page, ARMS)).toEqual(before);

  await page.getByTestId('continue-wasm').click();
  await expect(page.getByTestId('backend')).toHaveText('wasm');
  await expect(page.getByTestId('error')).toHaveCount(0);
  await reachIteration(page, 2);
  await page.keyboard.press(' ');
  expect(await settled(page)).toBe('paused');
  const after = await chartPoints(page, ARMS);
  for (const [chart, n] of Object.entries(before)) expect(after[chart], chart).toBeGreaterThan(n);
  const csvAfter = await csvLines(page);
  expectKeptRows(csv, csvAfter);
  expect(csvAfter.length).toBeGreaterThan(csv.length);
});

test('a crashed worker: the message, then a new worker goes on from the last step', async ({ page }) => {
  test.setTimeout(600_000);
  await page.goto(`/?debug=faults${TINY}&backend=wasm`);
  await ready(page);
  await page.keyboard.press('s');
  await reachIteration(page, 1);
  await settled(page);
  const before = await chartPoints(page, ARMS);
  const csv = await csvLines(page);

  await page.getByTestId('fault-crash').click();
  await expect(page.getByTestId('error')).toContainText('the engine worker crashed');
  await expect(page.getByTestId('recovery')).toContainText('iteration 1');
  expect(await chartPoints(page, ARMS)).toEqual(before);

  await page.getByTestId('continue-wasm').click();
  await reachIteration(page, 2);
  await page.keyboard.press(' ');
  expect(await settled(page)).toBe('paused');
  const after = await chartPoints(page, ARMS);
  for (const [chart, n] of Object.entries(before)) expect(after[chart], chart).toBeGreaterThan(n);
  const csvAfter = await csvLines(page);
  expectKeptRows(csv, csvAfter);
  expect(csvAfter.length).toBeGreaterThan(csv.length);
  // Losing a device needs one: on wasm the diagnostics say so instead of pretending.
  await expect(page.getByTestId('fault-device-lost')).toBeDisabled();
  await expect(page.getByTestId('faults')).toContainText('needs WebGPU');
});
