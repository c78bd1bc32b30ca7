import { expect, type Page, test } from '@playwright/test';
import * as tf from '@tensorflow/tfjs';
import { type AnswerTokens, lossAndGrad } from '../src/engine/losses/grad';
import type { LossOptions, Method } from '../src/engine/losses/options';
import { ready, stepTo } from './helpers';

// Tiny preset on wasm: the explainers do not depend on the backend, and wasm is quick without a GPU.
const TINY = '#preset=tiny&methods=nft,rft&mix=add1,add2&seed=3&backend=wasm&iterations=10&evalEvery=0';

/** d loss / d logp per token from the engine's real loss (cpu backend, in this Node process). */
function engineGrad(method: Method, options: Partial<LossOptions>, answers: AnswerTokens[]): number[][] {
  return lossAndGrad({ method, options: { ...options, aggregation: 'sum_const', constant: 1 }, answers })
    .grad;
}

const close = (a: number, b: number, what: string) =>
  expect(Math.abs(a - b), `${what}: ${a} vs ${b}`).toBeLessThanOrEqual(3e-4 * Math.abs(b) + 3e-5);

interface ShownGroup {
  prompt: string;
  rHat: number;
  kept: boolean;
  answers: { correct: boolean; probs: number[] }[];
}

/** Every question the rollout view shows ("show all" opened). */
async function rolloutGroups(page: Page): Promise<ShownGroup[]> {
  const showAll = page.getByTestId('rollout-show-all');
  if ((await showAll.count()) > 0 && (await showAll.getAttribute('aria-expanded')) === 'false')
    await showAll.click();
  return page.getByTestId('rollout-group').evaluateAll((groups) =>
    groups.map((g) => ({
      prompt: g.querySelector('.rollout-question code')?.textContent ?? '',
      rHat: Number(g.getAttribute('data-rhat')),
      kept: g.getAttribute('data-kept') === 'true',
      answers: [...g.querySelectorAll('[data-testid=rollout-answer]')].map((a) => ({
        correct: a.getAttribute('data-correct') === 'true',
        probs: [...a.querySelectorAll('[data-testid=rollout-token]')].map((t) =>
          Number(t.getAttribute('data-p')),
        ),
      })),
    })),
  );
}

interface SameRow {
  answer: number;
  correct: boolean;
  old: number;
  now: number;
  nft: number;
  versus: number;
  firstRatio: number;
}

async function sameRows(page: Page): Promise<SameRow[]> {
  return page.getByTestId('same-row').evaluateAll((rows) =>
    rows.map((r) => ({
      answer: Number(r.getAttribute('data-answer')),
      correct: r.getAttribute('data-correct') === 'true',
      old: Number(r.getAttribute('data-old')),
      now: Number(r.getAttribute('data-now')),
      nft: Number(r.getAttribute('data-nft')),
      versus: Number(r.getAttribute('data-versus')),
      firstRatio: Number(r.getAttribute('data-first-ratio')),
    })),
  );
}

/** The explainers of the question picked, checked against the rollout view and the engine's loss. */
async function checkLiveNumbers(page: Page, iteration: number): Promise<void> {
  await expect(page.getByTestId('explain-iteration')).toHaveAttribute('data-iteration', String(iteration));
  const groups = await rolloutGroups(page);
  const split = page.getByTestId('explain-policy-split');
  const prompt = (await split.getAttribute('data-prompt')) ?? '';
  const shown = groups.find((g) => g.kept && g.prompt === prompt);
  expect(shown, `question ${prompt} is a kept question of the rollout view`).toBeDefined();
  const g = shown as ShownGroup;
  // Policy split: the same r_hat as the rollout view, and pi_old of the answers from its token probabilities.
  expect(Number(await split.getAttribute('data-rhat'))).toBeCloseTo(g.rHat, 12);
  const seqOld = g.answers.map((a) => a.probs.reduce((x, p) => x * p, 1));
  const barsOld = await split
    .getByTestId('split-bar')
    .evaluateAll((bars) => bars.map((b) => Number(b.getAttribute('data-pi-old'))));
  for (const p of barsOld) expect(seqOld.some((q) => Math.abs(q - p) <= 1e-12 * Math.max(1, q))).toBe(true);

  // Token view: pi_old of each token is the rollout view's probability of that token (answer 1).
  const tokenView = page.getByTestId('explain-token-view');
  const weights = tokenView.getByTestId('token-weight');
  await expect(weights.first()).toHaveAttribute('data-value', /\d/);
  const rows = await tokenView
    .getByTestId('token-row')
    .evaluateAll((rs) =>
      rs.map((r) => ({ old: Number(r.getAttribute('data-old')), now: Number(r.getAttribute('data-now')) })),
    );
  expect(rows.map((r) => r.old)).toEqual(g.answers[0].probs);
  for (const r of rows) {
    expect(r.now).toBeGreaterThan(0);
    expect(r.now).toBeLessThanOrEqual(1);
  }

  // Same gradient: every token of the question, pi_old from the rollout, pi_theta from the worker; the
  // weights equal the engine's loss gradients at those probabilities (NFT and Dr. GRPO, weighting 1 - r_hat).
  const same = page.getByTestId('explain-same-gradient');
  await expect(same).toHaveAttribute('data-versus', 'dr_grpo');
  expect(Number(await same.getAttribute('data-factor'))).toBe(1);
  const sr = await sameRows(page);
  expect(sr.length).toBe(g.answers.reduce((s, a) => s + a.probs.length, 0));
  const answers: AnswerTokens[] = g.answers.map((a, b) => {
    const mine = sr.filter((r) => r.answer === b);
    expect(mine.map((r) => r.old)).toEqual(a.probs);
    expect(mine.every((r) => r.correct === a.correct)).toBe(true);
    return {
      question: 'q',
      correct: a.correct,
      oldLogp: mine.map((r) => Math.log(r.old)),
      logp: mine.map((r) => Math.log(r.now)),
    };
  });
  const nft = engineGrad('nft', {}, answers).flat();
  const dr = engineGrad('dr_grpo', {}, answers).flat();
  sr.forEach((r, i) => {
    close(r.nft, nft[i], `NFT weight of token ${i}`);
    close(r.versus, dr[i], `Dr. GRPO weight of token ${i}`);
    // On the first update (R = 1) they are the same gradient.
    expect(Math.abs(r.firstRatio - 1)).toBeLessThan(1e-6);
  });
  // The token view's weights are NFT's (the arm's method) for answer 1.
  const tw = await weights.evaluateAll((ts) => ts.map((t) => Number(t.getAttribute('data-value'))));
  const nftByAnswer = engineGrad('nft', {}, answers);
  tw.forEach((w, i) => {
    close(w, nftByAnswer[0][i], `token view weight ${i}`);
  });

  // Prompt weight: the histogram counts the rollout view's questions per r_hat.
  const hist = await page.getByTestId('prompt-weight-row').evaluateAll((rs) =>
    rs.map((r) => ({
      rHat: Number(r.getAttribute('data-rhat')),
      count: Number(r.getAttribute('data-count')),
    })),
  );
  for (const h of hist) expect(h.count).toBe(groups.filter((x) => Math.abs(x.rHat - h.rHat) < 1e-9).length);
  expect(hist.reduce((s, h) => s + h.count, 0)).toBe(groups.length);
}

/** The gradient-weight table against the engine's real loss gradient at the same eps, r_hat and R. */
async function checkWeightTable(page: Page): Promise<void> {
  const view = page.getByTestId('explain-weight-ratio');
  const eps = Number(await view.getAttribute('data-eps'));
  const num = Number(await view.getAttribute('data-rhat-num'));
  const den = Number(await view.getAttribute('data-rhat-den'));
  const rows = await view.getByTestId('weight-row').evaluateAll((rs) =>
    rs.map((r) => ({
      R: Number(r.getAttribute('data-r')),
      v: Object.fromEntries(
        [...r.querySelectorAll('td')].map((td) => [
          td.getAttribute('data-key'),
          Number(td.getAttribute('data-value')),
        ]),
      ),
    })),
  );
  expect(rows.length).toBeGreaterThanOrEqual(7);
  for (const { R, v } of rows) {
    // A question of `den` answers, `num` right (r_hat = num / den): answer 0 (right) and the last (wrong)
    // have one token at ratio R, the others one token at R = 1.
    const answers: AnswerTokens[] = Array.from({ length: den }, (_, i) => ({
      question: 'q',
      correct: i < num,
      oldLogp: [-1.5],
      logp: [-1.5 + (i === 0 || i === den - 1 ? Math.log(R) : 0)],
    }));
    const at = (g: number[][]) => ({ right: g[0][0], wrong: g[den - 1][0] });
    const n = at(engineGrad('nft', { eps }, answers));
    const grpo = at(engineGrad('dr_grpo', { clipLow: 0.2, clipHigh: 0.2 }, answers));
    const dapo = at(engineGrad('dr_grpo', { clipLow: 0.2, clipHigh: 0.28 }, answers));
    close(v.nftRight, n.right, `NFT right at R ${R}`);
    close(v.nftWrong, n.wrong, `NFT wrong at R ${R}, eps ${eps}, r_hat ${num}/${den}`);
    close(v.grpoRight, grpo.right, `GRPO right at R ${R}`);
    close(v.grpoWrong, grpo.wrong, `GRPO wrong at R ${R}`);
    close(v.dapoRight, dapo.right, `DAPO right at R ${R}`);
    close(v.dapoWrong, dapo.wrong, `DAPO wrong at R ${R}`);
  }
}

test.beforeAll(async () => {
  tf.env().set('PROD', true); // no banner about tfjs-node
  await tf.setBackend('cpu');
  await tf.ready();
});

test('the explainers show the live run and the gradient weights are the engine loss gradients', async ({
  page,
}) => {
  test.setTimeout(600_000);
  await page.goto(`/${TINY}`);
  await ready(page);
  await stepTo(page, 1);
  const section = page.getByTestId('explainers');
  await expect(section).toBeVisible();
  await expect(page.getByTestId('explain-arm-nft')).toHaveAttribute('aria-pressed', 'true');
  await checkLiveNumbers(page, 1);

  // The gradient-weight view starts at the run's eps (1) and the question's r_hat.
  const view = page.getByTestId('explain-weight-ratio');
  const rHat = Number(await page.getByTestId('explain-policy-split').getAttribute('data-rhat'));
  await expect(view).toHaveAttribute('data-eps', '1');
  expect(Number(await view.getAttribute('data-rhat'))).toBeCloseTo(rHat, 12);
  await checkWeightTable(page);

  // Keyboard: focus eps, move it down four steps; Tab reaches the r_hat slider, move it up three steps.
  const epsSlider = page.getByTestId('weight-eps-slider');
  await epsSlider.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
  await expect(view).toHaveAttribute('data-eps', '0.8');
  await page.keyboard.press('Tab');
  const rSlider = page.getByTestId('weight-rhat-slider');
  await expect(rSlider).toBeFocused();
  // Visible focus: an outline of a few pixels.
  const outline = await rSlider.evaluate((el) => getComputedStyle(el).outlineWidth);
  expect(Number.parseFloat(outline)).toBeGreaterThanOrEqual(2);
  const before = Number(await view.getAttribute('data-rhat-num'));
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(view).toHaveAttribute('data-rhat-num', String(before + 3));
  await checkWeightTable(page);
  // Far off-policy and near r_hat = 1 (where NFT's floor binds early): still the engine's gradient.
  await page.keyboard.press('End');
  await epsSlider.focus();
  await page.keyboard.press('Home');
  await expect(view).toHaveAttribute('data-eps', '0.05');
  await checkWeightTable(page);
  await page.getByTestId('weight-reset').press('Enter');
  await expect(view).toHaveAttribute('data-eps', '1');

  // Another arm and a second iteration: the views follow the live run.
  await page.getByTestId('explain-arm-rft').press('Enter');
  await expect(page.getByTestId('explain-arm-rft')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('rollout-arm-rft').click();
  await expect(page.getByTestId('explain-token-view').getByTestId('token-weight').first()).toHaveAttribute(
    'data-value',
    /\d/,
  );
  await stepTo(page, 2);
  await page.getByTestId('explain-arm-nft').click();
  await page.getByTestId('rollout-arm-nft').click();
  await checkLiveNumbers(page, 2);
});
