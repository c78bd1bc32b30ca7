import { expect, test } from '@playwright/test';
import { ready, settled } from './helpers';

// The tiny preset on wasm with K = 8: the default batch is 4 questions x 8 answers.
const K8 = '#preset=tiny&methods=nft,rft&mix=add1,add2&seed=3&K=8&backend=wasm';

test('a 4 x 8 batch fits one 1280x720 screen; chips flip by click and Space; P, ? and T work in the panel', async ({
  page,
}) => {
  test.setTimeout(600_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/${K8}`);
  await ready(page);
  const panel = page.getByTestId('label-panel');
  const cards = page.getByTestId('label-card');
  await page.getByTestId('label-sample').click();
  await expect(cards).toHaveCount(32);
  await expect(panel).toBeFocused();

  // One screen: from the panel's title to the "Train on my labels" button.
  await page.locator('#labelling-title').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const top = (await page.locator('#labelling-title').boundingBox())?.y ?? Number.NaN;
  const train = page.getByTestId('train-on-labels');
  const trainBox = await train.boundingBox();
  expect((trainBox?.y ?? Number.NaN) + (trainBox?.height ?? 0) - top).toBeLessThanOrEqual(720);

  // Each chip says its mark by a check or a cross as well as by colour, and has a name that says it.
  const verifier = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-verifier-mark')));
  const first = cards.nth(0).locator('button');
  await expect(first).toContainText(verifier[0] === 'right' ? '✓' : '✗');
  await expect(first).toHaveAccessibleName(
    new RegExp(
      `^answer 1, final result .+: ${verifier[0]} by the verifier, not marked by you; press to flip$`,
    ),
  );

  // Space flips the focused answer (not Play); the run stays idle.
  const flipped = (m: string | null) => (m === 'right' ? 'wrong' : 'right');
  await page.keyboard.press(' ');
  await expect(cards.nth(0)).toHaveAttribute('data-person-mark', flipped(verifier[0]));
  await expect(cards.nth(1)).toHaveAttribute('aria-current', 'true');
  await expect(page.getByTestId('status')).toHaveAttribute('data-phase', 'idle');
  // A click flips one too, and its worked steps show while the pointer is on it.
  await cards.nth(9).locator('button').click();
  await expect(cards.nth(9)).toHaveAttribute('data-person-mark', flipped(verifier[9]));
  await expect(cards.nth(9).locator('.chip-tip')).toBeVisible();
  await expect(cards.nth(9).locator('.chip-tip')).toContainText('final result');

  // ? and P work with the focus in the panel (the Keys dialog lists them under "Anywhere on the page").
  await panel.focus();
  await page.keyboard.press('?');
  const help = page.getByTestId('keys-help');
  await expect(help).toBeVisible();
  await expect(help.locator('table', { hasText: 'Anywhere on the page' })).toContainText('P');
  await expect(help.locator('table', { hasText: 'In the labelling panel' })).toContainText(
    'train on my labels (a new run)',
  );
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  await panel.focus();
  await page.keyboard.press('p');
  await expect(page.getByTestId('presenter')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presenter')).toHaveCount(0);

  // From the answers, "Train on my labels" is one Tab away (the chips are one Tab stop).
  await cards.nth(3).locator('button').focus();
  await page.keyboard.press('Tab');
  await expect(train).toBeFocused();

  // T trains on the labels: a new run with an arm on them per method.
  await panel.focus();
  await page.keyboard.press('t');
  await expect(page.getByTestId('chart-loss-nft-labels')).toBeVisible();
  expect(await settled(page)).toBe('done');
});
