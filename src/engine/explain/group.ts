/**
 * One forward pass for the teaching views: the log-probabilities of one question's sampled answers under
 * a model's current weights, then every per-token number of tokenFigures.ts. Worker and tests only (tfjs).
 */
import { makeSequenceBatch } from '../model/batch';
import type { Gpt } from '../model/gpt';
import { answerTokenStats } from '../model/logprobs';
import { encode } from '../tokenizer';
import { type ExplainSetup, explainTokens, type GroupExplanation } from './tokenFigures';

export interface ExplainAnswerInput {
  /** Token ids of the answer as sampled (EOS included when the model produced it). */
  tokens: number[];
  /** pi_old of each token: the probability it had when it was sampled (the rollout's). */
  oldProbs: number[];
  correct: boolean;
}

export async function explainGroup(
  model: Gpt,
  prompt: string,
  answers: readonly ExplainAnswerInput[],
  setup: ExplainSetup,
): Promise<GroupExplanation> {
  if (answers.length === 0) throw new Error('the question has no answers');
  answers.forEach((a, i) => {
    if (a.tokens.length === 0) throw new Error(`answer ${i + 1} has no tokens`);
    if (a.oldProbs.length !== a.tokens.length) {
      throw new Error(`answer ${i + 1}: ${a.tokens.length} tokens but ${a.oldProbs.length} probabilities`);
    }
    if (a.oldProbs.some((p) => !(p > 0 && p <= 1))) {
      throw new Error(`answer ${i + 1}: a probability is outside (0, 1]`);
    }
  });
  const ids = encode(prompt);
  const batch = makeSequenceBatch(
    answers.map((a) => ({ prompt: ids, answer: a.tokens })),
    model.config.contextLength,
  );
  const { logp } = await answerTokenStats(model, batch);
  return explainTokens(
    setup,
    answers.map((a, i) => ({ correct: a.correct, oldLogp: a.oldProbs.map(Math.log), logp: logp[i] })),
  );
}
