import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../../node/backend';
import { maxNormDiff, maxRelDiff, randomBatch } from './batches.testing';
import { type AnswerTokens, lossAndGrad, tokenGradWeights } from './grad';
import { rHatPerRow } from './groups';
import { AGGREGATIONS, type LossOptions, type Method } from './options';
import { referenceLossAndGrad } from './reference';

const ON_POLICY = { questions: 4, kMin: 2, kMax: 8, maxLen: 12, spread: 0 };

describe.each(['cpu', 'wasm'] as const)('losses on %s', (backend) => {
  beforeAll(async () => {
    await useBackend(backend);
  });

  describe('on-policy equivalence (spec, Prop. 4.1-4.2)', () => {
    const seeds = [1, 2, 3];
    for (const aggregation of AGGREGATIONS) {
      for (const seed of seeds) {
        const batch = randomBatch(seed, ON_POLICY);
        const eps = [1, 0.5, 0.05][seed - 1];

        it(`NFT(w = grpo) == GRPO(population std), ${aggregation}, seed ${seed}`, () => {
          const nft = lossAndGrad({
            method: 'nft',
            options: { weighting: 'grpo', eps, aggregation },
            answers: batch,
          });
          const grpo = lossAndGrad({
            method: 'grpo',
            options: { std: 'population', aggregation },
            answers: batch,
          });
          expect(maxRelDiff(nft.grad, grpo.grad)).toBeLessThan(1e-5);
          expect(nft.loss).toBe(0); // NFT's loss is 0 on-policy; only gradients matter
        });

        it(`NFT(w = 1 - r_hat) == Dr. GRPO, ${aggregation}, seed ${seed}`, () => {
          const nft = lossAndGrad({ method: 'nft', options: { eps, aggregation }, answers: batch });
          const dr = lossAndGrad({ method: 'dr_grpo', options: { aggregation }, answers: batch });
          expect(maxRelDiff(nft.grad, dr.grad)).toBeLessThan(1e-5);
        });

        it(`GRPO with Bessel std = population / sqrt(K / (K - 1)), ${aggregation}, seed ${seed}`, () => {
          const pop = lossAndGrad({
            method: 'grpo',
            options: { std: 'population', aggregation },
            answers: batch,
          });
          const bes = lossAndGrad({
            method: 'grpo',
            options: { std: 'bessel', aggregation },
            answers: batch,
          });
          const { groupSize } = rHatPerRow(batch);
          const scaled = bes.grad.map((g, b) =>
            g.map((x) => x * Math.sqrt(groupSize[b] / (groupSize[b] - 1))),
          );
          expect(maxRelDiff(scaled, pop.grad)).toBeLessThan(1e-5);
          // ... so Bessel GRPO is NOT NFT(w = grpo): the factor is visible.
          expect(maxRelDiff(bes.grad, pop.grad)).toBeGreaterThan(0.05);
        });
      }
    }

    it('the on-policy NFT gradient is -w on right tokens and w r / (1 - r) on wrong ones', () => {
      const batch = randomBatch(9, ON_POLICY);
      const { rHat } = rHatPerRow(batch);
      const C = 1000;
      const { grad } = lossAndGrad({ method: 'nft', answers: batch });
      grad.forEach((g, b) => {
        const r = rHat[b];
        const want = batch[b].correct ? -(1 - r) / C : r / C;
        for (const x of g) expect(Math.abs(x - want)).toBeLessThan(1e-6 * Math.abs(want));
      });
    });
  });

  describe('RFT is NFT with negWeight 0', () => {
    for (const [seed, spread] of [
      [4, 0],
      [5, 0.5],
      [6, 3],
    ]) {
      it(`value and gradient, spread ${spread}`, () => {
        const answers = randomBatch(seed, { ...ON_POLICY, spread });
        for (const aggregation of AGGREGATIONS) {
          const options: Partial<LossOptions> = { aggregation, eps: 0.3 };
          const rft = lossAndGrad({ method: 'rft', options, answers });
          const nft0 = lossAndGrad({ method: 'nft', options: { ...options, negWeight: 0 }, answers });
          expect(rft.loss).toBe(nft0.loss);
          expect(rft.grad).toEqual(nft0.grad);
          // wrong answers get no gradient at all; right ones the plain SFT weight -w * factor
          answers.forEach((a, b) => {
            if (!a.correct) expect(rft.grad[b].every((x) => x === 0)).toBe(true);
          });
          // and it differs from NFT with the negatives on
          const nft = lossAndGrad({ method: 'nft', options, answers });
          expect(maxNormDiff(nft.grad, rft.grad)).toBeGreaterThan(0.01);
        }
      });
    }

    it('rejects rft with a non-zero negWeight instead of ignoring it', () => {
      const answers = randomBatch(4, ON_POLICY);
      expect(() => lossAndGrad({ method: 'rft', options: { negWeight: 1 }, answers })).toThrow(/negWeight 0/);
    });
  });

  describe('gradients against central finite differences (away from the clips)', () => {
    // R in [exp(-0.12), exp(0.12)] = [0.89, 1.13]: inside every clip range; eps = 0.1 below every
    // (1 - r R) / (1 - r) (checked below), so neither clip binds.
    const spec = { questions: 3, kMin: 2, kMax: 6, maxLen: 8, spread: 0.12 };
    const methods: Method[] = ['nft', 'rft', 'sft', 'grpo', 'dr_grpo', 'dapo'];
    const cases = methods.flatMap((method) => AGGREGATIONS.map((aggregation) => ({ method, aggregation })));

    it.each(cases)('$method, $aggregation', ({ method, aggregation }) => {
      const answers = randomBatch(11, spec);
      const options: Partial<LossOptions> = { aggregation, eps: 0.1, negWeight: method === 'rft' ? 0 : 0.7 };
      const { rHat } = rHatPerRow(answers);
      answers.forEach((a, b) => {
        a.logp.forEach((lp, t) => {
          const R = Math.exp(lp - a.oldLogp[t]);
          expect(R).toBeGreaterThan(0.85);
          expect(R).toBeLessThan(1.15);
          expect((1 - rHat[b] * R) / (1 - rHat[b])).toBeGreaterThan(0.2);
        });
      });
      const ref = referenceLossAndGrad(method, options, answers);
      // float64 central differences of the reference loss
      const h = 1e-6;
      const fd = answers.map((a, b) =>
        a.logp.map((_, t) => {
          const at = (dx: number) =>
            referenceLossAndGrad(
              method,
              options,
              answers.map((x, i) =>
                i === b ? { ...x, logp: x.logp.map((v, j) => (j === t ? v + dx : v)) } : x,
              ),
            ).loss;
          return (at(h) - at(-h)) / (2 * h);
        }),
      );
      expect(maxNormDiff(ref.grad, fd)).toBeLessThan(1e-6);
      // tfjs (float32) against the float64 reference: value and gradient
      const got = lossAndGrad({ method, options, answers });
      expect(Math.abs(got.loss - ref.loss)).toBeLessThan(1e-5 * Math.max(1e-3, Math.abs(ref.loss)) + 1e-9);
      expect(maxNormDiff(got.grad, ref.grad)).toBeLessThan(2e-5);
      // tfjs's own loss under float32 central differences, on a few tokens
      const h32 = 1e-2;
      for (const [b, t] of [
        [0, 0],
        [3, 0],
        [answers.length - 1, answers[answers.length - 1].logp.length - 1],
      ]) {
        const at = (dx: number) =>
          lossAndGrad({
            method,
            options,
            answers: answers.map((x, i) =>
              i === b ? { ...x, logp: x.logp.map((v, j) => (j === t ? v + dx : v)) } : x,
            ),
          }).loss;
        const fd32 = (at(h32) - at(-h32)) / (2 * h32);
        const scale = Math.max(...got.grad.flat().map(Math.abs));
        expect(Math.abs(fd32 - got.grad[b][t])).toBeLessThan(2e-3 * scale);
      }
    });
  });

  it('tokenGradWeights is the gradient of lossAndGrad', () => {
    const answers: AnswerTokens[] = randomBatch(12, { ...ON_POLICY, spread: 0.4 });
    const rows = answers.map(({ question, correct }) => ({ question, correct }));
    const w = tokenGradWeights(
      'nft',
      { eps: 0.5 },
      answers.map((a) => a.logp),
      answers.map((a) => a.oldLogp),
      rows,
    );
    expect(w).toEqual(lossAndGrad({ method: 'nft', options: { eps: 0.5 }, answers }).grad);
  });
});
