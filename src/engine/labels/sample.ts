/**
 * Sampling a labelling batch: a few training questions from the run's task mix, K answers each from one
 * model at a temperature, every answer verified (tasks/verify.ts) and turned into a LabelRecord with the
 * verifier's mark and no person's mark yet. The questions and the sampling seed derive from the run's seed
 * and the batch's number, so the same run and number give the same batch.
 */
import { generate } from '../model/generate';
import type { Gpt } from '../model/gpt';
import { mix32 } from '../rng';
import { createQuestionStream, type TaskMix, verify } from '../tasks';
import type { LabelBatch, LabelRecord } from './record';

export interface LabelSampleOptions {
  /** The run's task mix and seed, and which batch of the run this is (0, 1, ...). */
  mix: TaskMix;
  runSeed: number;
  batch: number;
  /** Questions in the batch and answers per question. */
  questions: number;
  K: number;
  temperature: number;
  /** Which model answers, in words a log keeps (e.g. 'base'). */
  model: string;
  /** The batch id (unique) and the ISO time of sampling: given by the caller, so tests are exact. */
  id: string;
  createdAt: string;
}

/** The seed of a run's labelling batch number `batch`: a stream apart from the run's rollouts. */
export function labelBatchSeed(runSeed: number, batch: number): number {
  return mix32(mix32(runSeed ^ 0x1abe1) ^ mix32(batch * 7919 + 17));
}

export async function sampleLabelBatch(model: Gpt, o: LabelSampleOptions): Promise<LabelBatch> {
  if (!Number.isInteger(o.questions) || o.questions < 1) throw new Error('questions must be 1 or more');
  if (!Number.isInteger(o.K) || o.K < 1) throw new Error('K must be 1 or more');
  const seed = labelBatchSeed(o.runSeed, o.batch);
  const questions = createQuestionStream(o.mix, seed).nextBatch(o.questions);
  const prompts = questions.flatMap((q) => new Array<string>(o.K).fill(q.prompt));
  const gens = await generate(model, prompts, { temperature: o.temperature, seed: mix32(seed ^ 0x5a3) });
  const records: LabelRecord[] = gens.map((g, i) => {
    const question = Math.floor(i / o.K);
    const answer = i % o.K;
    const q = questions[question];
    const v = verify(q, g.text, g.truncated);
    return {
      id: `${o.id}:${question}:${answer}`,
      question,
      answer,
      prompt: q.prompt,
      level: q.level,
      gold: q.answer,
      result: q.result,
      output: g.text,
      tokens: [...g.tokens],
      truncated: g.truncated,
      verifierMark: v.correct,
      error: v.error,
      ...(v.badStep !== undefined ? { badStep: v.badStep } : {}),
      personMark: null,
      tokenProbs: [...g.tokenProbs],
    };
  });
  return {
    id: o.id,
    model: o.model,
    seed,
    K: o.K,
    temperature: o.temperature,
    createdAt: o.createdAt,
    records,
  };
}
