import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../../node/backend';
import { lossAndGrad } from '../losses/grad';
import { type Method, resolveOptions } from '../losses/options';
import { makeSequenceBatch } from '../model/batch';
import { DEFAULT_MODEL_CONFIG } from '../model/config';
import { Gpt } from '../model/gpt';
import { answerTokenStats } from '../model/logprobs';
import { EOS, encode } from '../tokenizer';
import { explainGroup } from './group';
import { policySplit, rHatHistogram } from './split';
import { type AnswerLogps, type ExplainSetup, explainTokens } from './tokenFigures';

beforeAll(async () => {
  await useBackend('cpu');
});

const setupFor = (method: Method, nft: Parameters<typeof resolveOptions>[1] = {}): ExplainSetup => ({
  arm: method,
  method,
  completed: 2,
  options: resolveOptions(method, nft),
  nftOptions: resolveOptions('nft', nft),
  versusOptions: (v) => resolveOptions(v, {}),
});

// One question, K = 4, one right answer: r_hat = 1/4; ratios off-policy on both sides of 1.
const ANSWERS: AnswerLogps[] = [
  { correct: true, oldLogp: [-0.4, -1.2, -0.1], logp: [-0.3, -1.5, -0.1] },
  { correct: false, oldLogp: [-0.9, -0.2], logp: [-0.5, -0.25] },
  { correct: false, oldLogp: [-2.0, -0.7, -0.05], logp: [-2.3, -0.2, -0.05] },
  { correct: false, oldLogp: [-1.1], logp: [-0.6] },
];

const close = (a: number, b: number) =>
  expect(Math.abs(a - b)).toBeLessThanOrEqual(2e-4 * Math.abs(b) + 2e-5);

describe('explainTokens', () => {
  for (const method of ['nft', 'rft', 'grpo', 'dr_grpo', 'dapo'] as const)
    it(`${method}: the arm's weights now and at R = 1 equal the engine's loss gradient`, () => {
      const ex = explainTokens(setupFor(method, { eps: 0.3 }), ANSWERS);
      expect(ex.rHat).toBe(0.25);
      const options = { ...ex.options, aggregation: 'sum_const' as const, constant: 1 };
      const rows = ANSWERS.map((a) => ({ ...a, question: 'q' }));
      const now = lossAndGrad({ method, options, answers: rows }).grad;
      const first = lossAndGrad({
        method,
        options,
        answers: rows.map((a) => ({ ...a, logp: a.oldLogp })),
      }).grad;
      ex.answers.forEach((a, b) => {
        a.tokens.forEach((t, i) => {
          close(t.weight, now[b][i]);
          close(t.weightFirst, first[b][i]);
          close(t.R, Math.exp(ANSWERS[b].logp[i] - ANSWERS[b].oldLogp[i]));
        });
      });
    });

  it('same gradient on the first update, up to the spec factor; apart off-policy', () => {
    for (const weighting of ['one_minus_r', 'grpo'] as const) {
      const ex = explainTokens(setupFor('nft', { weighting }), ANSWERS);
      expect(ex.versus).toBe(weighting === 'grpo' ? 'grpo' : 'dr_grpo');
      const f = ex.factor as number;
      expect(f).toBeCloseTo(weighting === 'grpo' ? Math.sqrt(4 / 3) : 1, 12);
      const ratiosNow: number[] = [];
      for (const a of ex.answers)
        for (const t of a.tokens) {
          expect(Math.abs(t.nftFirst / t.versusFirst - f)).toBeLessThan(1e-5);
          if (t.versus !== 0) ratiosNow.push(t.nft / t.versus);
        }
      // Off-policy (R != 1) the two part: some token's ratio is no longer the factor.
      expect(Math.max(...ratiosNow.map((r) => Math.abs(r - f)))).toBeGreaterThan(0.01);
    }
  });
});

describe('explainGroup (one forward pass)', () => {
  it('reads pi_theta under the model, and R = 1 when pi_old is the same model', async () => {
    const model = Gpt.init({ ...DEFAULT_MODEL_CONFIG, layers: 1, width: 16, heads: 2 }, 5);
    const prompt = '12+3=';
    const answers = [
      { tokens: [...encode('15'), EOS], correct: true },
      { tokens: [...encode('14'), EOS], correct: false },
      { tokens: encode('9'), correct: false },
    ];
    const batch = makeSequenceBatch(
      answers.map((a) => ({ prompt: encode(prompt), answer: a.tokens })),
      model.config.contextLength,
    );
    const { logp } = await answerTokenStats(model, batch);
    const oldProbs = logp.map((row) => row.map(Math.exp));
    const ex = await explainGroup(
      model,
      prompt,
      answers.map((a, i) => ({ ...a, oldProbs: oldProbs[i] })),
      setupFor('nft'),
    );
    expect(ex.answers.map((a) => a.tokens.length)).toEqual([3, 3, 1]);
    ex.answers.forEach((a, b) => {
      a.tokens.forEach((t, i) => {
        expect(t.prob).toBeCloseTo(oldProbs[b][i], 6);
        expect(t.R).toBeCloseTo(1, 5);
        close(t.weight, t.weightFirst);
      });
    });
    // A different pi_old moves R by exactly that ratio.
    const half = answers.map((a, i) => ({ ...a, oldProbs: oldProbs[i].map((p) => p / 2) }));
    const ex2 = await explainGroup(model, prompt, half, setupFor('nft'));
    expect(ex2.answers[0].tokens[0].R).toBeCloseTo(2, 4);
    await expect(
      explainGroup(model, prompt, [{ tokens: [2], oldProbs: [0], correct: true }], setupFor('nft')),
    ).rejects.toThrow(/outside/);
    model.dispose();
  });
});

describe('policy split', () => {
  it('splits pi_old into right and wrong parts and builds the implicit negative policy', () => {
    const { rHat, bars } = policySplit([
      { text: '15', correct: true, seqOld: 0.4, seqNow: 0.6, weightSum: -1.5 },
      { text: '14', correct: false, seqOld: 0.2, seqNow: 0.1, weightSum: 0.4 },
      { text: '14', correct: false, seqOld: 0.2, seqNow: 0.1, weightSum: 0.4 },
      { text: '9', correct: false, seqOld: 0.05, seqNow: 0.05, weightSum: 0.3 },
    ]);
    expect(rHat).toBe(0.25);
    expect(bars.map((b) => [b.text, b.count])).toEqual([
      ['15', 1],
      ['14', 2],
      ['9', 1],
    ]);
    const [right, wrong] = bars;
    expect(right.rightPart).toBe(0.4);
    expect(right.wrongPart).toBe(0);
    expect(right.piPlus).toBeCloseTo(1.6, 12);
    expect(wrong.piMinus).toBeCloseTo(0.2 / 0.75, 12);
    // pi_old = r_hat pi_plus + (1 - r_hat) pi_minus, bar by bar
    for (const b of bars) expect(rHat * b.piPlus + (1 - rHat) * b.piMinus).toBeCloseTo(b.piOld, 12);
    expect(right.piNeg).toBeCloseTo((0.4 - 0.25 * 0.6) / 0.75, 12);
    expect(right.direction).toBe(1);
    expect(wrong.direction).toBe(-1);
  });

  it('counts questions per r_hat', () => {
    expect(rHatHistogram([0, 0.25, 0.25, 1, 0.5], 4)).toEqual([1, 2, 1, 0, 1]);
  });
});
