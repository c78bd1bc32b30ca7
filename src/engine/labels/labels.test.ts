import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../../node/backend';
import type { Method } from '../losses';
import { resolveOptions } from '../losses/options';
import { DEFAULT_MODEL_CONFIG } from '../model/config';
import { Gpt } from '../model/gpt';
import { createQuestionStream, type TaskMix, verify } from '../tasks';
import { Arm } from '../train/arm';
import { labelledRollout } from './labelledRollout';
import type { LabelBatch } from './record';
import { labelBatchSeed, sampleLabelBatch } from './sample';
import { agreement, byQuestion, rHat } from './summary';

const MIX: TaskMix = [
  { level: 'add1', weight: 1 },
  { level: 'mul1', weight: 1 },
];
const OPTIONS = {
  mix: MIX,
  runSeed: 3,
  batch: 0,
  questions: 3,
  K: 4,
  temperature: 1,
  model: 'base',
  id: 'b-test',
  createdAt: '2026-01-01T00:00:00.000Z',
};

let base: Gpt;
let batch: LabelBatch;
beforeAll(async () => {
  await useBackend('wasm');
  base = Gpt.init({ ...DEFAULT_MODEL_CONFIG, layers: 1, width: 16, heads: 2 }, 2);
  batch = await sampleLabelBatch(base, OPTIONS);
});
afterAll(() => base.dispose());

/** The batch with the person's marks set: `marks[i]` for record i (null = not marked). */
function marked(b: LabelBatch, marks: (boolean | null)[]): LabelBatch {
  return { ...b, records: b.records.map((r, i) => ({ ...r, personMark: marks[i] ?? null })) };
}

/** Question 0: 2 of 4 right; question 1: 1 of 4; question 2: all wrong (dropped by the filter). */
const MIXED = [true, true, false, false, true, false, false, false, false, false, false, false];

/**
 * The first update of an arm on `b` (mu = 1). Its loss is 0 (pi = pi_old at the first step, so R = 1), so
 * the tests compare its gradient norm: what the update does.
 */
async function firstStep(
  method: Method,
  b: LabelBatch,
): Promise<{ grad: number; right: number; wrong: number; probs: number[][] }> {
  const settings = {
    method,
    loss: resolveOptions(method, {}, { shared: true }),
    rollout: { M: 3, K: 4, temperature: 1, filter: true, maxRounds: 1 },
    mu: 1,
    optimizer: { lr: 1e-3, warmupSteps: 0, weightDecay: 0, clipNorm: 1 },
  };
  const arm = new Arm(method, await base.clone(), settings, createQuestionStream(MIX, 3), 3, b);
  try {
    const { metrics, rollout } = await arm.step(0);
    const probs = (rollout?.firstRound ?? []).flatMap((g) => g.answers.map((a) => a.generation.tokenProbs));
    return { grad: metrics.gradNorm, right: metrics.right, wrong: metrics.wrong, probs };
  } finally {
    arm.dispose();
  }
}

describe('sampleLabelBatch', () => {
  it('samples K verified answers per question, reproducibly from the run seed and batch number', async () => {
    expect(batch.records).toHaveLength(12);
    expect(batch.seed).toBe(labelBatchSeed(3, 0));
    expect(byQuestion(batch.records).map((q) => q.records.length)).toEqual([4, 4, 4]);
    for (const r of batch.records) {
      expect(r.id).toBe(`b-test:${r.question}:${r.answer}`);
      expect(r.personMark).toBeNull();
      const v = verify(
        { prompt: r.prompt, answer: r.gold, result: r.result, level: r.level },
        r.output,
        r.truncated,
      );
      expect([r.verifierMark, r.error]).toEqual([v.correct, v.error]);
      expect(r.tokens.length).toBeGreaterThan(0);
      expect(r.tokenProbs).toHaveLength(r.tokens.length);
    }
    expect(await sampleLabelBatch(base, OPTIONS)).toEqual(batch);
    const next = await sampleLabelBatch(base, { ...OPTIONS, batch: 1 });
    expect(next.records.map((r) => r.prompt + r.output)).not.toEqual(
      batch.records.map((r) => r.prompt + r.output),
    );
  });
});

describe('summaries', () => {
  it('r_hat uses the person’s marks, else the verifier’s; agreement counts only marked answers', () => {
    const b = marked(batch, [true, !batch.records[1].verifierMark, batch.records[2].verifierMark]);
    const q0 = byQuestion(b.records)[0].records;
    const expected = [true, !b.records[1].verifierMark, b.records[2].verifierMark, b.records[3].verifierMark];
    expect(rHat(q0)).toBe(expected.filter(Boolean).length / 4);
    const a = agreement(b.records);
    expect(a.marked).toBe(3);
    expect(a.agree).toBe(1 + (b.records[0].verifierMark ? 1 : 0));
  });
});

describe('labelledRollout', () => {
  it('marks answers as the person did and drops all-right and all-wrong groups', () => {
    const r = labelledRollout(marked(batch, MIXED), true);
    expect(r.groups.map((g) => g.rHat)).toEqual([0.5, 0.25]);
    expect(r.droppedAllWrong).toBe(1);
    expect(r.firstRound).toHaveLength(3);
    expect(r.groups[0].answers.map((a) => a.correct)).toEqual([true, true, false, false]);
    expect(r.groups[0].answers[0].generation.tokens).toEqual(batch.records[0].tokens);
    const all = labelledRollout(marked(batch, new Array(12).fill(true)), true);
    expect([all.groups.length, all.droppedAllRight]).toEqual([0, 3]);
  });
});

describe('an arm on labelled answers', () => {
  it('trains on exactly the labelled answers with the person’s marks, deterministically', async () => {
    const before = tf.memory().numTensors;
    const b = marked(batch, MIXED);
    const nft = await firstStep('nft', b);
    expect(nft).toEqual(await firstStep('nft', b));
    // 8 answers of the two mixed questions train; the all-wrong question is dropped.
    expect([nft.right, nft.wrong]).toEqual([3, 5]);
    // At iteration 0 the arm's weights are the sampling model's: the shown token probabilities match.
    expect(nft.probs).toHaveLength(12);
    nft.probs.forEach((p, i) => {
      expect(p).toHaveLength(b.records[i].tokens.length);
      p.forEach((x, j) => {
        expect(x).toBeCloseTo(b.records[i].tokenProbs?.[j] ?? Number.NaN, 4);
      });
    });
    // Flipping one mark (within a group that stays mixed) changes NFT's update.
    const flipped = [...MIXED];
    flipped[2] = true;
    const nftFlipped = await firstStep('nft', marked(batch, flipped));
    expect(nftFlipped.grad).not.toBeCloseTo(nft.grad, 6);
    // RFT ignores answers marked wrong: changing a wrong-marked answer's tokens leaves its update alone,
    // while NFT's changes (the answer is in its negative term).
    const other = (b2: LabelBatch) => ({
      ...b2,
      records: b2.records.map((r, i) =>
        i === 3 ? { ...r, tokens: r.tokens.map((t) => (t === 2 ? 3 : 2)) } : r,
      ),
    });
    const rft = await firstStep('rft', b);
    expect(rft.grad).toBeGreaterThan(0);
    expect((await firstStep('rft', other(b))).grad).toBe(rft.grad);
    expect((await firstStep('nft', other(b))).grad).not.toBeCloseTo(nft.grad, 6);
    expect(tf.memory().numTensors).toBe(before);
  });
});
