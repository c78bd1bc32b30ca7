import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { reachIteration, ready, settled, stepTo } from './helpers';

// The tiny preset on wasm, 4 iterations, evaluated every iteration.
const RUN = '#preset=tiny&methods=nft,rft&mix=add1,add2&seed=3&iterations=4&evalEvery=1&backend=wasm';

test('the reopened-session notice goes when "Train on my labels" replaces the run it describes', async ({
  page,
}) => {
  test.setTimeout(600_000);
  await page.goto(`/${RUN}`);
  await ready(page);
  await stepTo(page, 1);
  await page.reload();
  const note = page.getByTestId('session-note');
  await expect(note).toHaveText(
    'Reopened the saved session where it was, paused at iteration 1: Play goes on.',
  );
  await expect(page.getByTestId('status')).toHaveAttribute('data-phase', 'paused');

  await page.getByTestId('label-sample').click();
  await expect(page.getByTestId('label-card')).toHaveCount(16);
  await page.getByTestId('train-on-labels').click();
  await expect(page.getByTestId('chart-loss-nft-labels')).toBeVisible();
  await expect(note).toHaveCount(0);
  await reachIteration(page, 2);
  await expect(note).toHaveCount(0);
});

test('an imported run that stopped at 2 of 4 reads paused at 2 of 4, and Play goes on to 4', async ({
  page,
  browser,
}) => {
  test.setTimeout(600_000);
  await page.goto(`/${RUN}`);
  await ready(page);
  await stepTo(page, 1);
  await stepTo(page, 2);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('session-export').click(),
  ]);
  const text = await readFile(await download.path(), 'utf8');

  const clean = await browser.newContext();
  const other = await clean.newPage();
  await other.goto('/#preset=tiny&seed=9&backend=wasm');
  await ready(other);
  await other.getByTestId('session-import-file').setInputFiles({
    name: 'session.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(other.getByTestId('session-import-done')).toContainText("the run's charts (2 iterations");
  await expect(other.getByTestId('status')).toHaveAttribute('data-phase', 'paused');
  await expect(other.getByTestId('iteration')).toHaveText('2');
  await expect(other.getByTestId('iterations-total')).toHaveText('4');
  const play = other.getByTestId('action-play-pause');
  await expect(play).toBeEnabled();
  await play.click();
  // The import's summary described the imported charts: it goes with them.
  await expect(other.getByTestId('session-import-done')).toHaveCount(0);
  await reachIteration(other, 4);
  expect(await settled(other)).toBe('done');
  await expect(other.getByTestId('chart-loss-nft')).toHaveAttribute('data-points', '4');
  await clean.close();
});

test("the preset's note gives the run's real size, its finding folded behind more", async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto(`/${RUN.replace('iterations=4', 'iterations=6')}`);
  await ready(page);
  const note = page.getByTestId('preset-note');
  await expect(note).toContainText('Preset tiny: a few seconds (tests and a first look).');
  await expect(page.getByTestId('preset-run')).toHaveText(
    'This run: 6 iterations of 4 questions x 4 answers.',
  );
  await expect(note).not.toContainText('3 iterations');
  const finding = note.getByText('far too few to tell methods apart');
  await expect(finding).toBeHidden();
  await note.getByText('more').click();
  await expect(finding).toBeVisible();
});
