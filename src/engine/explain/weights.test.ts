import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../../node/backend';
import { randomBatch } from '../losses/batches.testing';
import { type AnswerTokens, lossAndGrad } from '../losses/grad';
import { type LossOptions, type Method, resolveOptions, WEIGHTINGS } from '../losses/options';
import {
  aggregationFactor,
  matchedClippedWeight,
  nftClipPoint,
  nftWeight,
  onPolicyFactor,
  promptWeightOf,
  tokenWeight,
} from './weights';

beforeAll(async () => {
  await useBackend('cpu');
});

/**
 * A question with n answers, `right` of them right (r_hat = right / n): answer 0 (right) and answer n - 1
 * (wrong) have one token at ratio R, every other answer one token at R = 1.
 */
function group(n: number, right: number, R: number): AnswerTokens[] {
  return Array.from({ length: n }, (_, i) => {
    const ratio = i === 0 || i === n - 1 ? R : 1;
    return { question: 'q', correct: i < right, oldLogp: [-1.5], logp: [-1.5 + Math.log(ratio)] };
  });
}

/** The engine's d loss / d logp of the right and the wrong token at R, summed over tokens (constant 1). */
function engine(method: Method, o: Partial<LossOptions>, n: number, right: number, R: number) {
  const options = { ...o, aggregation: 'sum_const' as const, constant: 1 };
  const { grad } = lossAndGrad({ method, options, answers: group(n, right, R) });
  return { right: grad[0][0], wrong: grad[n - 1][0] };
}

const close = (a: number, b: number) =>
  expect(Math.abs(a - b)).toBeLessThanOrEqual(2e-4 * Math.abs(b) + 2e-5);

// Not exactly at a clip edge (0.8, 1.2, 1.28): there float32 round-off decides the side.
const RATIOS = [0.2, 0.55, 0.78, 0.83, 0.95, 1, 1.1, 1.25, 1.3, 1.6, 2.2, 3.5];
// r_hat = right / n: near 0 (1/50, 1/100 is clamped to 0.02), near 1 (49/50, 99/100), and in between.
const GROUPS: [number, number][] = [
  [100, 1],
  [50, 1],
  [20, 3],
  [4, 1],
  [2, 1],
  [8, 5],
  [4, 3],
  [50, 49],
  [100, 99],
];

describe('NFT per-token weight against the engine loss gradient', () => {
  for (const weighting of WEIGHTINGS)
    for (const eps of [0.05, 0.5, 1, 2])
      it(`weighting ${weighting}, eps ${eps}: right and wrong tokens, R on both sides of the clip`, () => {
        const o = resolveOptions('nft', { eps, weighting, negWeight: eps === 2 ? 0.5 : 1 });
        let clippedSeen = 0;
        for (const [n, right] of GROUPS)
          for (const R of [...RATIOS, ((nftClipPoint(eps, right / n) ?? 1) * 1.01) as number]) {
            const g = engine('nft', o, n, right, R);
            close(nftWeight(o, true, R, right / n), g.right);
            close(nftWeight(o, false, R, right / n), g.wrong);
            const r = Math.min(0.98, Math.max(0.02, right / n));
            if (1 - r * R < eps * (1 - r)) clippedSeen++;
          }
        expect(clippedSeen).toBeGreaterThan(3); // the floor really binds at some of these points
      });

  it('RFT (negWeight 0) leaves wrong tokens at 0 and right ones at -w', () => {
    const o = resolveOptions('rft', {});
    const g = engine('rft', o, 4, 1, 1.7);
    expect(tokenWeight('rft', o, { correct: false, R: 1.7, rHat: 0.25, K: 4 })).toBe(0);
    close(tokenWeight('rft', o, { correct: true, R: 1.7, rHat: 0.25, K: 4 }), g.right);
    expect(g.wrong).toBe(0);
  });
});

describe('clipped surrogates against the engine loss gradient', () => {
  it('GRPO (both stds), Dr. GRPO and DAPO, R inside and outside the clip range', () => {
    for (const method of ['grpo', 'dr_grpo', 'dapo'] as const)
      for (const std of ['bessel', 'population'] as const)
        for (const [n, right] of GROUPS.filter(([n]) => n <= 50))
          for (const R of RATIOS) {
            const o = resolveOptions(method, { std });
            const g = engine(method, o, n, right, R);
            close(tokenWeight(method, o, { correct: true, R, rHat: right / n, K: n }), g.right);
            close(tokenWeight(method, o, { correct: false, R, rHat: right / n, K: n }), g.wrong);
          }
  });

  it('the matched clip (A giving NFT weight at R = 1) is Dr. GRPO for w = 1 - r_hat', () => {
    const o = resolveOptions('nft', {});
    for (const clip of [
      { low: 0.2, high: 0.2 },
      { low: 0.2, high: 0.28 },
    ])
      for (const [n, right] of GROUPS.filter(([n]) => n <= 50))
        for (const R of RATIOS) {
          const g = engine('dr_grpo', { clipLow: clip.low, clipHigh: clip.high }, n, right, R);
          close(matchedClippedWeight(o, true, R, right / n, clip), g.right);
          close(matchedClippedWeight(o, false, R, right / n, clip), g.wrong);
        }
  });

  it('the matched clip equals NFT at R = 1 and stops pushing outside the clip range', () => {
    for (const weighting of WEIGHTINGS) {
      const o = resolveOptions('nft', { weighting });
      for (const r of [0.1, 0.5, 0.9]) {
        const clip = { low: 0.2, high: 0.28 };
        for (const correct of [true, false])
          expect(matchedClippedWeight(o, correct, 1, r, clip)).toBeCloseTo(nftWeight(o, correct, 1, r), 12);
        expect(matchedClippedWeight(o, true, 1.3, r, clip)).toBe(0);
        expect(matchedClippedWeight(o, false, 0.7, r, clip)).toBe(0);
        expect(nftWeight(o, true, 1.3, r)).toBeCloseTo(-promptWeightOf(r, weighting), 12);
      }
    }
  });
});

describe('every method on random batches, with the aggregation factor', () => {
  for (const method of ['nft', 'rft', 'sft', 'grpo', 'dr_grpo', 'dapo'] as const)
    it(`${method}: token weight x aggregation factor = engine gradient`, () => {
      const answers = randomBatch(7, { questions: 3, kMin: 2, kMax: 6, maxLen: 5, spread: 0.6 });
      const o = resolveOptions(method, { eps: 0.4 });
      const { grad } = lossAndGrad({ method, options: o, answers });
      const byQ = new Map<string | number, AnswerTokens[]>();
      for (const a of answers) byQ.set(a.question, [...(byQ.get(a.question) ?? []), a]);
      const batch = { tokens: answers.reduce((s, a) => s + a.logp.length, 0), answers: answers.length };
      answers.forEach((a, b) => {
        const g = byQ.get(a.question) ?? [];
        const rHat = g.filter((x) => x.correct).length / g.length;
        a.logp.forEach((lp, t) => {
          const R = Math.exp(lp - a.oldLogp[t]);
          const w = tokenWeight(method, o, { correct: a.correct, R, rHat, K: g.length });
          close(w * aggregationFactor(o, batch, a.logp.length), grad[b][t]);
        });
      });
    });

  it('a capped log-ratio gives no gradient', () => {
    const o = resolveOptions('nft', { logRatioCap: 0.5 });
    const answers = group(4, 2, Math.exp(0.8));
    const { grad } = lossAndGrad({ method: 'nft', options: { ...o, constant: 1 }, answers });
    expect(Math.abs(grad[0][0])).toBe(0);
    expect(tokenWeight('nft', o, { correct: true, R: Math.exp(0.5), rHat: 0.5, K: 4, capped: true })).toBe(0);
  });
});

describe('on-policy factors (spec, "Equivalence")', () => {
  it('NFT over Dr. GRPO and GRPO at R = 1, from the engine gradients', () => {
    for (const [n, right] of [
      [4, 1],
      [8, 3],
      [16, 12],
    ] as const) {
      const r = right / n;
      for (const [weighting, versus, std] of [
        ['one_minus_r', 'dr_grpo', 'bessel'],
        ['one', 'dr_grpo', 'bessel'],
        ['grpo', 'grpo', 'bessel'],
        ['grpo', 'grpo', 'population'],
      ] as const) {
        const f = onPolicyFactor(weighting, versus, std, r, n) as number;
        const a = engine('nft', { weighting }, n, right, 1);
        const b = engine(versus, { std }, n, right, 1);
        close(a.right / b.right, f);
        close(a.wrong / b.wrong, f);
      }
    }
    expect(onPolicyFactor('one_minus_r', 'grpo', 'bessel', 0.5, 4)).toBeNull();
  });
});
