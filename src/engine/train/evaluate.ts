/**
 * Held-out evaluation: greedy accuracy overall and per level, and sampled accuracy per question
 * (K answers each: how often each question is answered right, the r_hat a rollout would see).
 */

import { webGpuFusionOn } from '../kernels/webgpu';
import { makeSequenceBatch } from '../model/batch';
import { type Generation, generate } from '../model/generate';
import type { Gpt } from '../model/gpt';
import { answerTokenStats } from '../model/logprobs';
import { type Question, type Verdict, verify } from '../tasks';
import { encode } from '../tokenizer';
import { type Pacer, paceAt, tokenHook } from './pace';

/** Batches of answers per generate call on WebGPU (evaluation: 1,555 answers in 2 calls, not 7). */
export const GPU_BATCHES = 4;

/**
 * Row b of a generate call that starts at `seed`'s batch: the stream it has when each batch of
 * `batchSize` rows has a call of its own (seed + the batch's offset, forked by the row in the batch).
 */
export function batchStreams(seed: number, batchSize: number): (b: number) => [number, number] {
  return (b) => [seed + b - (b % batchSize), b % batchSize];
}

export interface LevelScore {
  correct: number;
  total: number;
  accuracy: number;
}

export interface EvalResult {
  accuracy: number;
  n: number;
  perLevel: Record<string, LevelScore>;
}

export interface ScoredAnswer {
  question: Question;
  generation: Generation;
  verdict: Verdict;
}

/**
 * An evaluation's pacer, with the answers it counts in all (`total`) and those done before this call
 * (`before`): the pacer is told how far the evaluation has got before each chunk of answers.
 */
export interface EvalPace {
  pacer: Pacer | undefined;
  before: number;
  total: number;
}

/**
 * Answers every question (k times each, consecutive), in batches, and verifies each answer. Each answer's
 * random stream is that of its batch of `batchSize` (seed + the batch's first index, forked by the row
 * in it); on WebGPU, where a generated token costs dispatches whatever the rows, up to GPU_BATCHES such
 * batches go through one generate call, with the same streams, hence the same answers.
 */
export async function answerAll(
  model: Gpt,
  questions: Question[],
  opts: { temperature: number; seed: number; k?: number; batchSize?: number },
  pace?: EvalPace,
): Promise<ScoredAnswer[]> {
  const k = opts.k ?? 1;
  const batchSize = opts.batchSize ?? 256;
  const call = batchSize * (webGpuFusionOn() ? GPU_BATCHES : 1);
  const flat = questions.flatMap((q) => new Array<Question>(k).fill(q));
  const out: ScoredAnswer[] = [];
  const beforeToken = tokenHook(pace?.pacer, { ms: 0 });
  for (let i = 0; i < flat.length; i += call) {
    if (pace) await paceAt(pace.pacer, { phase: 'evaluating', done: pace.before + i, total: pace.total });
    const chunk = flat.slice(i, i + call);
    const gens = await generate(
      model,
      chunk.map((q) => q.prompt),
      {
        temperature: opts.temperature,
        seed: opts.seed + i,
        rowSeed: batchStreams(opts.seed + i, batchSize),
        beforeToken,
      },
    );
    gens.forEach((g, j) => {
      out.push({ question: chunk[j], generation: g, verdict: verify(chunk[j], g.text, g.truncated) });
    });
  }
  return out;
}

export function scoreByLevel(answers: ScoredAnswer[]): EvalResult {
  const perLevel: Record<string, LevelScore> = {};
  let correct = 0;
  for (const a of answers) {
    const s = perLevel[a.question.level] ?? { correct: 0, total: 0, accuracy: 0 };
    s.total += 1;
    if (a.verdict.correct) {
      s.correct += 1;
      correct += 1;
    }
    perLevel[a.question.level] = s;
  }
  for (const s of Object.values(perLevel)) s.accuracy = s.correct / s.total;
  return { accuracy: answers.length ? correct / answers.length : 0, n: answers.length, perLevel };
}

export async function evaluateGreedy(
  model: Gpt,
  questions: Question[],
  batchSize = 256,
): Promise<EvalResult> {
  return scoreByLevel(await answerAll(model, questions, { temperature: 0, seed: 0, batchSize }));
}

export interface SampledResult extends EvalResult {
  /** Fraction right of each question's k answers, in question order. */
  perQuestion: number[];
  /** Share of questions whose k answers are all right / all wrong / mixed. */
  allRight: number;
  allWrong: number;
  mixed: number;
}

export async function evaluateSampled(
  model: Gpt,
  questions: Question[],
  opts: { k: number; temperature: number; seed: number; batchSize?: number },
): Promise<SampledResult> {
  return summarizeSampled(questions, await answerAll(model, questions, opts), opts.k);
}

function summarizeSampled(questions: Question[], answers: ScoredAnswer[], k: number): SampledResult {
  const perQuestion = questions.map((_, i) => {
    const mine = answers.slice(i * k, (i + 1) * k);
    return mine.filter((a) => a.verdict.correct).length / k;
  });
  const n = Math.max(1, perQuestion.length);
  return {
    ...scoreByLevel(answers),
    perQuestion,
    allRight: perQuestion.filter((r) => r === 1).length / n,
    allWrong: perQuestion.filter((r) => r === 0).length / n,
    mixed: perQuestion.filter((r) => r > 0 && r < 1).length / n,
  };
}

export interface ArmEval {
  greedy: EvalResult;
  sampled: SampledResult;
  /** Share of questions with at least one right answer among k samples. */
  passAtK: number;
  k: number;
  /** Mean token entropy of the sampled answers (nats per token). */
  entropy: number;
}

/** Everything an experiment records at an evaluation: greedy, sampled, pass@k and entropy. */
export async function evaluateArm(
  model: Gpt,
  questions: Question[],
  opts: { k: number; temperature: number; seed: number },
  pacer?: Pacer,
): Promise<ArmEval> {
  // Progress counts answers: one greedy and k sampled per question (the entropy pass is not counted).
  const total = questions.length * (1 + opts.k);
  const greedy = scoreByLevel(
    await answerAll(model, questions, { temperature: 0, seed: 0 }, { pacer, before: 0, total }),
  );
  const answers = await answerAll(model, questions, opts, { pacer, before: questions.length, total });
  const sampled = summarizeSampled(questions, answers, opts.k);
  let entSum = 0;
  let entN = 0;
  const rows = 256 * (webGpuFusionOn() ? GPU_BATCHES : 1);
  for (let i = 0; i < answers.length; i += rows) {
    await paceAt(pacer, { phase: 'evaluating', done: total, total });
    const chunk = answers.slice(i, i + rows);
    const batch = makeSequenceBatch(
      chunk.map((a) => ({ prompt: encode(a.question.prompt), answer: a.generation.tokens })),
      model.config.contextLength,
    );
    const { entropy } = await answerTokenStats(model, batch);
    for (const row of entropy) {
      for (const e of row) entSum += e;
      entN += row.length;
    }
  }
  return {
    greedy,
    sampled,
    passAtK: sampled.perQuestion.filter((r) => r > 0).length / Math.max(1, questions.length),
    k: opts.k,
    entropy: entN > 0 ? entSum / entN : 0,
  };
}
