import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../../node/backend';
import { resolveOptions } from '../losses/options';
import { DEFAULT_MODEL_CONFIG } from '../model/config';
import { Gpt } from '../model/gpt';
import { createQuestionStream, makeEvalSet } from '../tasks';
import { Arm } from './arm';
import { evaluateArm } from './evaluate';
import type { Pacer, Progress } from './pace';

const MIX = [
  { level: 'add1', weight: 1 },
  { level: 'add2', weight: 1 },
];

let base: Gpt;
beforeAll(async () => {
  await useBackend('wasm');
  base = Gpt.init({ ...DEFAULT_MODEL_CONFIG, layers: 1, width: 16, heads: 2 }, 3);
});
afterAll(() => base.dispose());

/** A pacer that waits a few ms at every sub-unit and at every third token, recording what it was told. */
function waitingPacer(): Pacer & { seen: Progress[]; tokens: number } {
  const wait = () => new Promise<number>((res) => setTimeout(() => res(2), 2));
  const p = {
    seen: [] as Progress[],
    tokens: 0,
    at: (progress: Progress) => {
      p.seen.push(progress);
      return wait();
    },
    token: () => (++p.tokens % 3 === 0 ? wait() : 0),
  };
  return p;
}

async function iteration(pacer?: Pacer) {
  const settings = {
    method: 'nft' as const,
    loss: resolveOptions('nft'),
    rollout: { M: 3, K: 3, temperature: 1, filter: false, maxRounds: 2 },
    mu: 3,
    optimizer: { lr: 1e-3, warmupSteps: 1, weightDecay: 0, clipNorm: 1 },
  };
  const arm = new Arm('nft', await base.clone(), settings, createQuestionStream(MIX, 4), 4);
  const { metrics, rollout } = await arm.step(0, undefined, pacer);
  const weights = await arm.model.values();
  arm.dispose();
  return { metrics, texts: rollout?.groups.flatMap((g) => g.answers.map((a) => a.generation.text)), weights };
}

describe('waiting between sub-units and tokens', () => {
  it('changes no number of an iteration or an evaluation, and leaks no tensor', async () => {
    const before = tf.memory().numTensors;
    const plain = await iteration();
    const pacer = waitingPacer();
    const paced = await iteration(pacer);
    expect(pacer.seen.map((s) => s.phase)).toEqual(['sampling', 'updating', 'updating', 'updating']);
    expect(pacer.tokens).toBeGreaterThan(3);
    expect(paced.texts).toEqual(plain.texts);
    expect(paced.weights).toEqual(plain.weights);
    const numbers = (m: typeof plain.metrics) => [m.loss, m.gradNorm, m.entropy, m.absLogRatio, m.right];
    expect(numbers(paced.metrics)).toEqual(numbers(plain.metrics));

    const questions = makeEvalSet(MIX, 9, 3);
    const opts = { k: 2, temperature: 1, seed: 9 };
    const evalPacer = waitingPacer();
    expect(await evaluateArm(base, questions, opts, evalPacer)).toEqual(
      await evaluateArm(base, questions, opts),
    );
    expect(evalPacer.seen.at(0)).toEqual({ phase: 'evaluating', done: 0, total: questions.length * 3 });
    expect(tf.memory().numTensors).toBe(before);
  });
});
