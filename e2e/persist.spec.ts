import { expect, type Page, test } from '@playwright/test';
import { csvLines, expectKeptRows, reachIteration, ready, settled } from './helpers';

// The tiny preset on two short levels, on wasm, evaluated every iteration, long enough to stop mid-run.
const TINY = '#preset=tiny&methods=nft,rft&mix=add1,add2&seed=3&iterations=1000&evalEvery=1&backend=wasm';

const iteration = async (page: Page) => Number(await page.getByTestId('iteration').textContent());
const marks = (page: Page) =>
  page.getByTestId('label-card').evaluateAll((els) => els.map((e) => e.getAttribute('data-person-mark')));

const now = (page: Page) => page.evaluate(() => Date.now());

/** Waits for a save completed after `t0` (the panel's data-saved-at, the page's Date.now()). */
async function savedSince(page: Page, t0: number): Promise<void> {
  await expect
    .poll(async () => Number((await page.getByTestId('session-panel').getAttribute('data-saved-at')) || 0))
    .toBeGreaterThan(t0);
}

test('a reload mid-training loses no label and no completed iteration; the page reopens paused', async ({
  page,
}) => {
  test.setTimeout(600_000);
  await page.goto(`/${TINY}`);
  await ready(page);
  await expect(page.getByTestId('session-mode')).toHaveAttribute('data-mode', 'saving');

  // Three labels: right, wrong, right.
  await page.getByTestId('label-sample').click();
  await expect(page.getByTestId('label-card')).toHaveCount(16);
  await expect(page.getByTestId('label-panel')).toBeFocused();
  for (const key of ['c', 'x', 'c']) await page.keyboard.press(key);
  const labelled = await marks(page);
  expect(labelled.slice(0, 3)).toEqual(['right', 'wrong', 'right']);

  await page.getByTestId('action-play-pause').click();
  await reachIteration(page, 2);
  await expect(page.getByTestId('status')).toHaveText('running');
  const before = await csvLines(page);
  const done = await iteration(page);
  await page.reload();

  await expect(page.getByTestId('status')).toHaveText('paused');
  await expect(page.getByTestId('session-note')).toContainText(
    /^Reopened the saved session where it was, paused at iteration \d+: Play goes on\.$/,
  );
  expect(await iteration(page)).toBeGreaterThanOrEqual(done);
  const after = await csvLines(page);
  expectKeptRows(before, after);
  expect(new URL(page.url()).hash).toContain('seed=3&iterations=1000&evalEvery=1');
  await expect(page.getByTestId('label-card')).toHaveCount(16);
  expect(await marks(page)).toEqual(labelled);
  await page.waitForTimeout(1500);
  await expect(page.getByTestId('status')).toHaveText('paused'); // it stays paused

  // Play goes on from there, keeping every row.
  const reopened = await iteration(page);
  await page.getByTestId('action-play-pause').click();
  await reachIteration(page, reopened + 1);
  await page.getByTestId('action-play-pause').click();
  expect(await settled(page)).toBe('paused');
  const later = await csvLines(page);
  expectKeptRows(after, later);
  expect(later.length).toBeGreaterThan(after.length);
});

test('a link with other settings starts its own run, labels kept; start fresh clears the run (and labels)', async ({
  page,
}) => {
  test.setTimeout(600_000);
  await page.goto(`/${TINY}`);
  await ready(page);
  await page.getByTestId('label-sample').click();
  await expect(page.getByTestId('label-card')).toHaveCount(16);
  await expect(page.getByTestId('label-panel')).toBeFocused();
  for (const key of ['x', 'c']) await page.keyboard.press(key);
  const labelled = await marks(page);
  const t0 = await now(page);
  await page.getByTestId('action-step').click();
  await reachIteration(page, 1);
  expect(await settled(page)).toBe('paused');
  await savedSince(page, t0);

  await page.goto('about:blank');
  await page.goto(`/${TINY.replace('seed=3', 'seed=4')}`);
  await ready(page);
  await expect(page.getByTestId('session-note')).toHaveText(
    "This link's settings differ from the saved session's: a new run started from the link and replaces the saved run (saved labels are kept).",
  );
  await expect(page.getByTestId('iteration')).toHaveText('0');
  expect(new URL(page.url()).hash).toContain('seed=4');
  expect(await marks(page)).toEqual(labelled);

  // Start fresh, labels kept: a reload finds the settings and labels, and a run at 0.
  await page.getByTestId('action-step').click();
  await reachIteration(page, 1);
  expect(await settled(page)).toBe('paused');
  await page.getByTestId('session-start-fresh').click();
  await expect(page.getByTestId('session-note')).toHaveText(
    'Started afresh: the saved run was cleared; the labels were kept.',
  );
  await expect(page.getByTestId('iteration')).toHaveText('0');
  await page.reload();
  await ready(page);
  await expect(page.getByTestId('iteration')).toHaveText('0');
  expect(new URL(page.url()).hash).toContain('seed=4');
  expect(await marks(page)).toEqual(labelled);

  // And with the labels.
  await page.getByTestId('session-clear-labels').check();
  await page.getByTestId('session-start-fresh').click();
  await expect(page.getByTestId('label-card')).toHaveCount(0);
  await page.reload();
  await ready(page);
  await expect(page.getByTestId('session-mode')).toHaveAttribute('data-mode', 'saving');
  await expect(page.getByTestId('label-card')).toHaveCount(0);
});

test('two tabs: one saves, the other says so and saves nothing, until it takes over', async ({ context }) => {
  test.setTimeout(600_000);
  const a = await context.newPage();
  await a.goto(`/${TINY}`);
  await ready(a);
  const t0 = await now(a);
  await a.getByTestId('action-step').click();
  await reachIteration(a, 1);
  expect(await settled(a)).toBe('paused');
  await savedSince(a, t0);

  // B opens on the same session: a copy, not saved.
  const b = await context.newPage();
  await b.goto(`/${TINY}`);
  await expect(b.getByTestId('session-mode')).toHaveAttribute('data-mode', 'other-tab');
  await expect(b.getByTestId('session-mode')).toContainText('This session is open in another tab');
  await expect(b.getByTestId('status')).toHaveText('paused');
  await expect(b.getByTestId('iteration')).toHaveText('1');
  for (const n of [2, 3]) {
    await b.getByTestId('action-step').click();
    await reachIteration(b, n);
    expect(await settled(b)).toBe('paused');
  }
  await b.waitForTimeout(1500);

  // A reloaded finds its own session, not B's steps.
  await a.reload();
  await expect(a.getByTestId('status')).toHaveText('paused');
  await expect(a.getByTestId('iteration')).toHaveText('1');
  await expect(a.getByTestId('session-mode')).toHaveAttribute('data-mode', 'saving');

  // B takes over: A is told and stops saving; B's run is now the saved one.
  const t1 = await now(b);
  await b.getByTestId('session-take-over').click();
  await expect(b.getByTestId('session-mode')).toHaveAttribute('data-mode', 'saving');
  await expect(a.getByTestId('session-mode')).toHaveAttribute('data-mode', 'taken-over');
  await expect(a.getByTestId('session-note')).toContainText('Another tab took over the saved session');
  await savedSince(b, t1);
  await a.getByTestId('action-step').click();
  await reachIteration(a, 2);
  expect(await settled(a)).toBe('paused');
  await a.waitForTimeout(1500);

  await b.reload();
  await expect(b.getByTestId('status')).toHaveText('paused');
  await expect(b.getByTestId('iteration')).toHaveText('3');
  await expect(b.getByTestId('session-mode')).toHaveAttribute('data-mode', 'saving');
});
