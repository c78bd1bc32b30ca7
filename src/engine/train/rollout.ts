/**
 * A rollout: M questions, K sampled answers each, marked right or wrong, with the dynamic-sampling
 * filter (docs/nft-spec.md, "Which questions train").
 *
 *   round r: draw M questions, sample K answers each at the temperature, mark each answer
 *            (the verifier, or a labeler: user labels and noisy verifiers come in through the same path)
 *   keep the groups whose K marks are mixed (r_hat strictly between 0 and 1) until M are kept,
 *   for at most maxRounds rounds; with the filter off, the first M groups are kept as they are.
 * The sampling seed depends only on (seed, iteration, round), so arms that share a seed and a
 * question stream see identical rollouts at iteration 0.
 */
import { type Generation, generate } from '../model/generate';
import type { Gpt } from '../model/gpt';
import { mix32 } from '../rng';
import { type Question, type QuestionStream, type Verdict, verify } from '../tasks';
import { type Pacer, paceAt, tokenHook } from './pace';

export interface RolloutSettings {
  /** Questions per rollout (after filtering). */
  M: number;
  /** Answers per question. */
  K: number;
  temperature: number;
  /** Drop all-right and all-wrong groups (dynamic sampling). */
  filter: boolean;
  /** Most sampling rounds per rollout (>= 1). */
  maxRounds: number;
}

/** Marks an answer: the verifier's verdict by default; user labels or label noise replace it. */
export type Labeler = (question: Question, generation: Generation, verdict: Verdict) => boolean;

export interface RolloutAnswer {
  generation: Generation;
  verdict: Verdict;
  /** The mark used for training (equals verdict.correct unless a labeler changed it). */
  correct: boolean;
}

export interface RolloutGroup {
  question: Question;
  answers: RolloutAnswer[];
  rHat: number;
}

export interface Rollout {
  groups: RolloutGroup[];
  /** Questions drawn, and how many of them the filter dropped (all right / all wrong). */
  drawn: number;
  droppedAllRight: number;
  droppedAllWrong: number;
  rounds: number;
  sampleMs: number;
  /** Every sampled group of the first round, kept or not (the app shows it). */
  firstRound: RolloutGroup[];
}

export function samplingSeed(seed: number, iteration: number, round: number): number {
  return mix32(mix32(seed ^ 0x5eed) ^ mix32(iteration * 1009 + round));
}

export async function collectRollout(
  model: Gpt,
  stream: QuestionStream,
  s: RolloutSettings,
  seed: number,
  iteration: number,
  labeler?: Labeler,
  pacer?: Pacer,
): Promise<Rollout> {
  const t0 = performance.now();
  const waited = { ms: 0 };
  const beforeToken = tokenHook(pacer, waited);
  const out: Rollout = {
    groups: [],
    drawn: 0,
    droppedAllRight: 0,
    droppedAllWrong: 0,
    rounds: 0,
    sampleMs: 0,
    firstRound: [],
  };
  const maxRounds = Math.max(1, s.maxRounds);
  while (out.groups.length < s.M && out.rounds < maxRounds) {
    waited.ms += await paceAt(pacer, { phase: 'sampling', round: out.rounds + 1, maxRounds });
    const questions = stream.nextBatch(s.M);
    const prompts = questions.flatMap((q) => new Array<string>(s.K).fill(q.prompt));
    const gens = await generate(model, prompts, {
      temperature: s.temperature,
      seed: samplingSeed(seed, iteration, out.rounds),
      beforeToken,
    });
    out.rounds += 1;
    out.drawn += questions.length;
    const groups = questions.map((question, i) => {
      const answers = gens.slice(i * s.K, (i + 1) * s.K).map((generation) => {
        const verdict = verify(question, generation.text, generation.truncated);
        const correct = labeler ? labeler(question, generation, verdict) : verdict.correct;
        return { generation, verdict, correct };
      });
      return { question, answers, rHat: answers.filter((a) => a.correct).length / s.K };
    });
    if (out.rounds === 1) out.firstRound = groups;
    for (const g of groups) {
      if (out.groups.length >= s.M) break;
      if (s.filter && g.rHat === 1) out.droppedAllRight += 1;
      else if (s.filter && g.rHat === 0) out.droppedAllWrong += 1;
      else out.groups.push(g);
    }
  }
  out.sampleMs = performance.now() - t0 - waited.ms;
  return out;
}
