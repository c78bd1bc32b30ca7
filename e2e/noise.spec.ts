import { expect, test } from '@playwright/test';
import { ready, stepTo } from './helpers';

// The tiny preset on wasm with 30% of the marks flipped at random (seeded).
const NOISY = '#preset=tiny&methods=nft,rft&mix=add1,add2&seed=3&backend=wasm&labelNoise=0.3';

test('label noise: one step charts each kind of error per arm and says the marks are noisy', async ({
  page,
}) => {
  test.setTimeout(600_000);
  await page.goto(`/${NOISY}`);
  await ready(page);
  await expect(page.getByTestId('link-problems')).toHaveCount(0);
  await expect(page.locator('input[name=labelNoise]')).toHaveValue('0.3');
  await stepTo(page, 1);
  for (const arm of ['nft', 'rft'])
    await expect(page.getByTestId(`chart-errors-${arm}`)).toHaveAttribute('data-points', '1');
  const note = page.getByTestId('label-note');
  await expect(note).toContainText('Marks are noisy (label noise 30.0%)');
  await expect(note).toContainText("of answers' marks were flipped");
  await expect(note).toContainText('NFT trains on wrong-marked answers as negatives, RFT drops them');
});

test('a bad label-noise value in a link is listed and replaced by the default (none)', async ({ page }) => {
  await page.goto('/#preset=tiny&methods=nft,rft&mix=add1,add2&seed=3&backend=wasm&labelNoise=2');
  await expect(page.getByTestId('link-problems')).toContainText('labelNoise: must be a number in [0, 0.5]');
  await ready(page);
  await expect(page.locator('input[name=labelNoise]')).toHaveValue('0');
  await expect(page.getByTestId('label-note')).toHaveCount(0);
});

test("the noisy lesson preset sets 20% label noise and shows the 20-seed study's finding", async ({
  page,
}) => {
  await page.goto('/#preset=noisy&methods=nft,rft&backend=wasm');
  await ready(page);
  await expect(page.getByTestId('link-problems')).toHaveCount(0);
  await expect(page.locator('input[name=labelNoise]')).toHaveValue('0.2');
  await expect(page.locator('input[name=iterations]')).toHaveValue('50');
  await expect(page.getByTestId('preset-note')).toContainText('A finding of the pre-registered study');
  await expect(page.getByTestId('preset-note')).toContainText(
    '+4.1 points, 95% interval +2.3 to +5.9, NFT ahead on 18 of 20 seeds',
  );
  await expect(page.getByTestId('preset-note')).toContainText('Both do worse than with exact marks');
  // Choosing another preset in the form brings the exact verifier back.
  await page.locator('select[name=preset]').selectOption('workshop');
  await expect(page.locator('input[name=labelNoise]')).toHaveValue('0');
});
