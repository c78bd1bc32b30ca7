/**
 * Held-out evaluation: greedy accuracy overall and per level, and sampled accuracy per question
 * (K answers each: how often each question is answered right, the r_hat a rollout would see).
 */
import { type Generation, generate } from '../model/generate';
import type { Gpt } from '../model/gpt';
import { type Question, type Verdict, verify } from '../tasks';

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

/** Answers every question (k times each, consecutive), in batches, and verifies each answer. */
export async function answerAll(
  model: Gpt,
  questions: Question[],
  opts: { temperature: number; seed: number; k?: number; batchSize?: number },
): Promise<ScoredAnswer[]> {
  const k = opts.k ?? 1;
  const batchSize = opts.batchSize ?? 256;
  const flat = questions.flatMap((q) => new Array<Question>(k).fill(q));
  const out: ScoredAnswer[] = [];
  for (let i = 0; i < flat.length; i += batchSize) {
    const chunk = flat.slice(i, i + batchSize);
    const gens = await generate(
      model,
      chunk.map((q) => q.prompt),
      { temperature: opts.temperature, seed: opts.seed + i },
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
  const answers = await answerAll(model, questions, opts);
  const perQuestion = questions.map((_, i) => {
    const mine = answers.slice(i * opts.k, (i + 1) * opts.k);
    return mine.filter((a) => a.verdict.correct).length / opts.k;
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
