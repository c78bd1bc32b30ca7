import { expect, test } from '@playwright/test';
import { chartPoints, reachIteration, ready, settled } from './helpers';

// The tiny preset on wasm: K = 4 answers per question, 3 iterations.
const TINY = '#preset=tiny&methods=nft,rft&mix=add1,add2&seed=3&backend=wasm';

test('label a batch with the keyboard only, flip two verifier marks, train on the labels', async ({
  page,
}) => {
  test.setTimeout(600_000);
  await page.goto(`/${TINY}`);
  await ready(page);
  const panel = page.getByTestId('label-panel');
  await page.getByTestId('label-sample').click();
  const cards = page.getByTestId('label-card');
  await expect(cards).toHaveCount(16); // 4 questions (the default) x K = 4
  // The panel takes the focus once the batch is there, and Tab reaches it again.
  await expect(panel).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(panel).not.toBeFocused();
  await page.keyboard.press('Tab');
  await expect(panel).toBeFocused();

  // The page's shortcuts stay quiet while the focus is in the panel (S would step the run).
  await page.keyboard.press('s');
  await page.waitForTimeout(1000);
  await expect(page.getByTestId('status')).toHaveText('idle');
  await expect(page.getByTestId('iteration')).toHaveText('0');

  const verifier = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-verifier-mark')));
  const rHat = async (q: number) => (await page.getByTestId(`label-rhat-${q}`).textContent()) ?? '';
  const before = [await rHat(0), await rHat(1)];
  const flip = (m: string | null) => (m === 'right' ? 'x' : 'c');
  const agree = (m: string | null, i: number) => (i % 3 === 0 ? 'Enter' : m === 'right' ? '1' : '0');

  // Move and undo: j / k move the focus; u and Ctrl+Z take a mark back.
  await expect(cards.nth(0)).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('j');
  await expect(cards.nth(1)).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(cards.nth(0)).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('c');
  await expect(cards.nth(0)).toHaveAttribute('data-person-mark', 'right');
  await page.keyboard.press('u');
  await expect(cards.nth(0)).toHaveAttribute('data-person-mark', '');
  await page.keyboard.press('x');
  await page.keyboard.press('Control+z');
  await expect(cards.nth(0)).toHaveAttribute('data-person-mark', '');
  await expect(cards.nth(0)).toHaveAttribute('aria-current', 'true');

  // Flip the verifier on the first answer of questions 0 and 1 (cards 0 and 4); agree on all the others.
  for (let i = 0; i < 16; i++) {
    await expect(cards.nth(i)).toHaveAttribute('aria-current', 'true');
    await page.keyboard.press(i === 0 || i === 4 ? flip(verifier[i]) : agree(verifier[i], i));
  }
  const person = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-person-mark')));
  expect(person.filter((m, i) => m !== verifier[i])).toHaveLength(2);
  expect(person[0]).not.toBe(verifier[0]);
  expect(person[4]).not.toBe(verifier[4]);
  await expect(page.getByTestId('label-agreement')).toHaveText(
    'You agree with the verifier on 14 of 16 answers you marked',
  );
  expect(await rHat(0)).not.toBe(before[0]);
  expect(await rHat(1)).not.toBe(before[1]);
  await expect(cards.first()).toContainText(/verifier: [✓✗]/);

  const mixedText = (await page.getByTestId('label-mixed').textContent()) ?? '';
  const mixed = Number(/^(\d) of 4 questions have both right and wrong marks/.exec(mixedText)?.[1]);
  expect(mixed).toBeGreaterThanOrEqual(0);

  // Train on the labels: the sampling arms as before, plus an arm on the labels for each.
  await page.getByTestId('train-on-labels').click();
  const arms = ['nft', 'rft', 'nft-labels', 'rft-labels'];
  await expect(page.getByTestId('chart-loss-nft-labels')).toBeVisible();
  // Sampling the next batch while the run trains leaves the run alone (the same worker does both).
  const first = await cards.first().textContent();
  await page.getByTestId('label-sample').click();
  await expect(page.getByTestId('label-batch')).toContainText('Batch 2: 16 answers from the base model');
  await expect(cards.first()).toHaveAttribute('data-person-mark', '');
  expect(await cards.first().textContent()).not.toBe(first);
  await reachIteration(page, 3);
  expect(await settled(page)).toBe('done');
  const points = await chartPoints(page, arms);
  for (const arm of arms) {
    expect(points[`loss-${arm}`], arm).toBe(3);
    expect(points[`accuracy-${arm}`], arm).toBeGreaterThan(1);
  }
  const note = page.getByTestId('labelled-note');
  await expect(note).toContainText('nft-labels, rft-labels train on your labelled batch');
  await expect(note).toContainText(
    "Answers you marked wrong go to NFT's negative term and are dropped by RFT.",
  );
  await expect(note).toContainText('reused every iteration');
  await expect(note).toContainText(/Of its 4 questions, \d had every answer marked right/);
  // The arms trained on the questions the panel said would train.
  await expect(note).toContainText(`(${mixed} train)`);

  // With two batches labelled, a new run trains on both: 8 questions, 32 answers.
  await expect(page.getByTestId('label-panel')).toContainText('exactly the 32 answers of your 2 batches');
  const both = (await page.getByTestId('label-mixed').textContent()) ?? '';
  const mixedBoth = Number(/^(\d) of 8 questions have both right and wrong marks/.exec(both)?.[1]);
  expect(mixedBoth).toBeGreaterThanOrEqual(0);
  await page.getByTestId('train-on-labels').click();
  await reachIteration(page, 1);
  await expect(note).toContainText(/Of its 8 questions, \d had every answer marked right/);
  await expect(note).toContainText(`(${mixedBoth} train)`);

  // A batch from an arm as it is now (its weights of the moment), named by its iteration.
  const from = page.getByTestId('label-from');
  await expect(from.locator('option')).toHaveText(['the base model', /^nft now/, /^rft now/]);
  await from.selectOption('nft');
  await page.getByTestId('label-sample').click();
  await expect(page.getByTestId('label-batch')).toContainText(
    /Batch 3: 16 answers from the nft @ iteration \d+ model/,
  );
});
