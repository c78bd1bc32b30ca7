import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../../node/backend';
import { randomBatch } from './batches.testing';
import { type AnswerTokens, lossAndGrad, padAnswers } from './grad';
import { lossTensor } from './loss';
import { AGGREGATIONS, DEFAULT_LOSS_OPTIONS, defaultOptions, METHODS, validateLossOptions } from './options';
import { meanAbsLogRatio, straightThroughMax } from './tokens';

/** An answer whose tokens have the given ratios R = exp(logp - oldLogp), with oldLogp = -2. */
const withRatios = (question: string, correct: boolean, ratios: number[]): AnswerTokens => ({
  question,
  correct,
  oldLogp: ratios.map(() => -2),
  logp: ratios.map((R) => -2 + Math.log(R)),
});

beforeAll(async () => {
  await useBackend('cpu');
});

describe('straight-through clip maxv(x, eps)', () => {
  it('has the value max(x, eps) exactly and the gradient of x (1)', () => {
    const x = tf.tensor2d([[-3.7, 0.2, 0.5, 0.9, 2]]);
    const { value, grad } = tf.valueAndGrad((t: tf.Tensor) =>
      tf.sum(straightThroughMax(t as tf.Tensor2D, 0.5)),
    )(x);
    const v = straightThroughMax(x, 0.5).arraySync()[0];
    expect(v).toEqual([0.5, 0.5, 0.5, Math.fround(0.9), 2]);
    expect(value.arraySync()).toBeCloseTo(4.4, 5);
    expect(grad.arraySync()).toEqual([[1, 1, 1, 1, 1]]);
  });

  it('NFT wrong-answer term: value uses eps, gradient is r R / max(1 - r R, eps (1 - r))', () => {
    // r_hat = 1/2 (one right, one wrong), w = 1 - r = 1/2, negWeight 1.5, eps 0.5, sum over tokens / 1.
    // Wrong tokens at R = 1.8 (x = 0.2 < eps), 2.5 (x = -0.5 < eps) and 0.6 (x = 1.4, no clip).
    const answers = [withRatios('q', true, [1]), withRatios('q', false, [1.8, 2.5, 0.6])];
    const options = { eps: 0.5, negWeight: 1.5, constant: 1 };
    const { loss, grad } = lossAndGrad({ method: 'nft', options, answers });
    const c = 0.5 * 1.5; // w * negWeight
    // Value: -log(eps) where clipped, -log x elsewhere; the right token is on-policy (-log R = 0).
    expect(loss).toBeCloseTo(c * (-Math.log(0.5) * 2 - Math.log(1.4)), 5);
    // Gradient. maxv's value feeds the log and x's derivative passes straight through, so
    //   d/dlogp -log maxv(x) = -(1 / max(x, eps)) dx/dlogp = (r R / (1 - r)) / max(x, eps)
    //                        = r R / max(1 - r R, eps (1 - r)),
    // the spec's formula: the unclipped derivative r R / (1 - r R) (9 at R = 1.8, -5 at R = 2.5) is NOT
    // what the straight-through definition gives, and neither is 0 (the derivative of the clipped value).
    const spec = (R: number) => (0.5 * R) / Math.max(1 - 0.5 * R, 0.5 * 0.5);
    expect(spec(1.8)).toBeCloseTo(3.6, 12);
    expect(spec(2.5)).toBeCloseTo(5, 12);
    expect(grad[1][0]).toBeCloseTo(c * 3.6, 5);
    expect(grad[1][1]).toBeCloseTo(c * 5, 5);
    expect(grad[1][2]).toBeCloseTo((c * 0.3) / 0.7, 5); // unclipped: r R / (1 - r R)
    expect(Math.abs(grad[1][0] - c * 9)).toBeGreaterThan(1);
    expect(grad[0][0]).toBeCloseTo(-0.5, 6); // right token: -w for every R
    // The loss is flat in that token (the clip binds) although its gradient is not 0.
    const shifted = answers.map((a, i) =>
      i === 1 ? { ...a, logp: [a.logp[0] + 0.01, ...a.logp.slice(1)] } : a,
    );
    expect(lossAndGrad({ method: 'nft', options, answers: shifted }).loss).toBeCloseTo(loss, 6);
  });
});

describe('log-ratio cap and r_hat clamp', () => {
  it('caps d at 10: capped tokens use R = e^10 and get no gradient', () => {
    // logp - oldLogp = 12 on the first answer (right), 11 on the third (wrong), 0 elsewhere.
    const base = [withRatios('q', true, [1]), withRatios('q', true, [1]), withRatios('q', false, [1])];
    base[0] = { ...base[0], oldLogp: [-12.5], logp: [-0.5] };
    base[2] = { ...base[2], oldLogp: [-11.5], logp: [-0.5] };
    const nft = lossAndGrad({ method: 'nft', options: { constant: 1 }, answers: base });
    const w = 1 - 2 / 3;
    expect(nft.grad[0][0] === 0).toBe(true); // (-0 or 0)
    expect(nft.grad[2][0] === 0).toBe(true);
    expect(nft.grad[1][0]).toBeCloseTo(-w, 6);
    // right: -w * 10; wrong: (1 - r e^10) / (1 - r) < 0 < eps, so -log(eps) = 0 at eps = 1
    expect(nft.loss).toBeCloseTo(-w * 10, 4);
    // GRPO: the wrong answer (A < 0) pays -A e^10, not -A e^11.
    const grpo = lossAndGrad({
      method: 'grpo',
      options: { aggregation: 'sum_const', constant: 1 },
      answers: base,
    });
    expect(grpo.grad[2][0] === 0).toBe(true);
    const A = (0 - 2 / 3) / (Math.sqrt(1 / 3) + 1e-6); // Bessel std of [1, 1, 0] = sqrt(1/3)
    const Aright = (1 - 2 / 3) / (Math.sqrt(1 / 3) + 1e-6);
    // right, capped R = e^10 > 1.2: max(-A R, -A 1.2) = -A 1.2; right, R = 1: -A; wrong: -A e^10
    expect(grpo.loss / (-A * Math.exp(10) - Aright * 2.2)).toBeCloseTo(1, 5);
    // a smaller cap is honoured, and huge ratios stay finite
    // (cap 2: the wrong token's x = (1 - r e^2) / (1 - r) < eps = 1, so it adds -log 1 = 0)
    const capped = lossAndGrad({ method: 'nft', options: { constant: 1, logRatioCap: 2 }, answers: base });
    expect(capped.loss).toBeCloseTo(-w * 2, 5);
    for (const method of ['nft', 'grpo', 'dapo', 'dr_grpo'] as const) {
      const huge = lossAndGrad({ method, answers: [base[1], { ...base[2], oldLogp: [-500] }] });
      expect(Number.isFinite(huge.loss)).toBe(true);
      expect(huge.grad.flat().every(Number.isFinite)).toBe(true);
    }
  });

  it('clamps r_hat to [rHatMin, rHatMax] in w and in the wrong-answer term', () => {
    // all right (r_hat = 1 -> 0.98) and all wrong (r_hat = 0 -> 0.02), on-policy, sum / 1
    const answers = [
      withRatios('good', true, [1, 1]),
      withRatios('good', true, [1]),
      withRatios('bad', false, [1]),
      withRatios('bad', false, [1, 1, 1]),
    ];
    const g = lossAndGrad({ method: 'nft', options: { constant: 1 }, answers }).grad;
    expect(g[0][0]).toBeCloseTo(-0.02, 6); // -w = -(1 - 0.98)
    expect(g[2][0]).toBeCloseTo(0.02, 6); // w r / (1 - r) = 0.98 * 0.02 / 0.98
    const g2 = lossAndGrad({
      method: 'nft',
      options: { constant: 1, rHatMin: 0.1, rHatMax: 0.9 },
      answers,
    }).grad;
    expect(g2[0][1]).toBeCloseTo(-0.1, 6);
    expect(g2[3][2]).toBeCloseTo(0.1, 6);
    // off-policy, the clamped r enters x: R = 2, r = 0.02 -> x = (1 - 0.04) / 0.98, w = 0.98
    const off = [withRatios('bad', false, [2]), withRatios('bad', false, [1])];
    const v = lossAndGrad({ method: 'nft', options: { constant: 1, eps: 0.5 }, answers: off });
    expect(v.loss).toBeCloseTo(-0.98 * Math.log(0.96 / 0.98), 6);
    expect(v.grad[0][0]).toBeCloseTo((0.98 * 0.04) / 0.96, 6);
    // grpo weighting stays finite at r_hat = 0: sqrt(0.98 / 0.02) = 7
    const gw = lossAndGrad({ method: 'nft', options: { constant: 1, weighting: 'grpo' }, answers }).grad;
    expect(gw[2][0]).toBeCloseTo(7 * (0.02 / 0.98), 5);
  });
});

describe('batches, padding and training use', () => {
  it('padding holds anything: masked positions get no gradient and change nothing', () => {
    const answers = randomBatch(21, { questions: 3, kMin: 2, kMax: 5, maxLen: 9, spread: 0.5 });
    const rows = answers.map(({ question, correct }) => ({ question, correct }));
    const p = padAnswers(answers);
    for (const method of METHODS) {
      const opts = defaultOptions(method);
      const run = (fill: number) =>
        tf.tidy(() => {
          const junk = (a: Float32Array) => a.map((x, i) => (p.mask[i] ? x : fill));
          const old = tf.tensor2d(junk(p.oldLogp), [p.B, p.T]);
          const mask = tf.tensor2d(p.mask, [p.B, p.T]);
          const v = tf.variable(tf.tensor2d(junk(p.logp), [p.B, p.T]), true, `lp_${method}_${fill}`);
          const { value, grads } = tf.variableGrads(() => lossTensor(method, opts, v, old, mask, rows), [v]);
          const grad = Array.from(grads[v.name].dataSync(), (x) => x + 0); // -0 -> 0
          const out = { loss: value.dataSync()[0], grad };
          v.dispose();
          return out;
        });
      const a = run(0);
      for (const fill of [37, -1e30, Number.NaN]) {
        const b = run(fill);
        expect(b.loss).toBe(a.loss);
        expect(b.grad).toEqual(a.grad);
      }
      a.grad.forEach((x, i) => {
        if (!p.mask[i]) expect(x === 0).toBe(true);
      });
      const ref = lossAndGrad({ method, answers });
      expect(a.loss).toBeCloseTo(ref.loss, 6);
    }
  });

  it('SFT is the cross-entropy of the answer tokens, token mean by default', () => {
    const answers = [withRatios('q', true, [1, 1, 1]), withRatios('r', false, [1])];
    answers[0].logp = [-1, -2, -3];
    answers[1].logp = [-6];
    const tm = lossAndGrad({ method: 'sft', answers });
    expect(tm.loss).toBeCloseTo(3, 6);
    expect(tm.grad).toEqual([[-0.25, -0.25, -0.25], [-0.25]]);
    const am = lossAndGrad({ method: 'sft', options: { aggregation: 'answer_mean' }, answers });
    expect(am.loss).toBeCloseTo((2 + 6) / 2, 6);
    expect(am.grad[0][0]).toBeCloseTo(-1 / 6, 7);
    expect(am.grad[1][0]).toBeCloseTo(-1 / 2, 7);
  });

  it('rejects bad inputs', () => {
    const a = withRatios('q', true, [1, 1]);
    expect(() => lossAndGrad({ method: 'nft', answers: [] })).toThrow(/no answers/);
    expect(() => lossAndGrad({ method: 'nft', answers: [{ ...a, oldLogp: [-1] }] })).toThrow(/oldLogp/);
    expect(() => lossAndGrad({ method: 'nft', options: { eps: 0 }, answers: [a] })).toThrow(/eps/);
  });
});

describe('options', () => {
  it('has the spec defaults per method', () => {
    const nft = DEFAULT_LOSS_OPTIONS.nft;
    expect(nft).toMatchObject({ eps: 1, weighting: 'one_minus_r', negWeight: 1, aggregation: 'sum_const' });
    expect(nft).toMatchObject({ constant: 1000, logRatioCap: 10, rHatMin: 0.02, rHatMax: 0.98 });
    expect(DEFAULT_LOSS_OPTIONS.rft).toMatchObject({ negWeight: 0, weighting: 'one_minus_r' });
    expect(DEFAULT_LOSS_OPTIONS.sft.aggregation).toBe('token_mean');
    expect(DEFAULT_LOSS_OPTIONS.grpo).toMatchObject({ clipLow: 0.2, clipHigh: 0.2, std: 'bessel' });
    expect(DEFAULT_LOSS_OPTIONS.grpo.aggregation).toBe('answer_mean');
    expect(DEFAULT_LOSS_OPTIONS.dr_grpo).toMatchObject({ aggregation: 'sum_const', constant: 1000 });
    expect(DEFAULT_LOSS_OPTIONS.dapo).toMatchObject({
      clipLow: 0.2,
      clipHigh: 0.28,
      aggregation: 'token_mean',
    });
    for (const m of METHODS) expect(validateLossOptions(defaultOptions(m), m)).toEqual([]);
    const copy = defaultOptions('nft');
    copy.eps = 5;
    expect(DEFAULT_LOSS_OPTIONS.nft.eps).toBe(1);
    expect(AGGREGATIONS).toHaveLength(3);
  });

  it('reports each out-of-range option', () => {
    const o = defaultOptions('nft');
    const bad = (patch: object) => validateLossOptions({ ...o, ...patch });
    expect(bad({ eps: 0 })[0]).toMatch(/eps/);
    expect(bad({ eps: Number.NaN })[0]).toMatch(/eps/);
    expect(bad({ negWeight: -1 })[0]).toMatch(/negWeight/);
    expect(bad({ constant: 0 })[0]).toMatch(/constant/);
    expect(bad({ clipLow: 1 })[0]).toMatch(/clipLow/);
    expect(bad({ clipLow: -0.1 })[0]).toMatch(/clipLow/);
    expect(bad({ clipHigh: -0.1 })[0]).toMatch(/clipHigh/);
    expect(bad({ weighting: 'two' })[0]).toMatch(/weighting/);
    expect(bad({ aggregation: 'max' })[0]).toMatch(/aggregation/);
    expect(bad({ std: 'sample' })[0]).toMatch(/std/);
    expect(bad({ logRatioCap: 0 })[0]).toMatch(/logRatioCap/);
    expect(bad({ rHatMin: 0 })[0]).toMatch(/rHat/);
    expect(bad({ rHatMin: 0.6, rHatMax: 0.5 })[0]).toMatch(/rHat/);
    expect(bad({ rHatMax: 1 })[0]).toMatch(/rHat/);
    expect(bad({ eps: -1, constant: -1 })).toHaveLength(2);
    expect(validateLossOptions(o, 'rft')[0]).toMatch(/negWeight/);
  });
});

describe('meanAbsLogRatio', () => {
  it('is the mean |log pi_theta - log pi_old| over the masked tokens only', () => {
    const logp = tf.tensor2d([
      [-1, -2, -9],
      [-0.5, -1, -3],
    ]);
    const old = tf.tensor2d([
      [-1.5, -1, 0],
      [-0.5, -2, 7],
    ]);
    const mask = tf.tensor2d([
      [1, 1, 0],
      [1, 1, 0],
    ]);
    // |0.5| + |-1| + 0 + |1| over 4 tokens; the masked-out 9 and 10 do not count.
    const value = (m: tf.Tensor2D, o = old) => tf.tidy(() => meanAbsLogRatio(logp, o, m).dataSync()[0]);
    expect(value(mask)).toBeCloseTo(2.5 / 4, 6);
    expect(value(mask, logp)).toBe(0);
    expect(tf.tidy(() => value(tf.zerosLike(mask)))).toBe(0);
    tf.dispose([logp, old, mask]);
  });
});
