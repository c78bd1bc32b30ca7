/**
 * Per-token numbers of one question's answers for the teaching views (plain numbers, no tfjs: the worker
 * computes them after one forward pass, the tests compare them with the engine's loss gradients).
 *
 * For each answer token: pi_old (the rollout's probability), pi_theta (the current weights), the ratio
 * R = pi_theta / pi_old (log-ratio capped as the loss caps it), and d L_t / d log pi_theta (weights.ts,
 * before the aggregation) for the arm's own method, for NFT, and for the GRPO-family method NFT's
 * weighting matches on-policy, each now (at R) and on the first update of the rollout (R = 1).
 */
import type { LossOptions, Method } from '../losses/options';
import { comparedMethod, onPolicyFactor, ratioOf, tokenWeight } from './weights';

export interface TokenExplanation {
  oldProb: number;
  prob: number;
  R: number;
  capped: boolean;
  /** The arm's method: now, and on the rollout's first update (R = 1). */
  weight: number;
  weightFirst: number;
  nft: number;
  nftFirst: number;
  versus: number;
  versusFirst: number;
}

export interface AnswerExplanation {
  correct: boolean;
  tokens: TokenExplanation[];
  /** Probability of the whole answer: the product of its tokens' (pi_old, pi_theta). */
  seqOld: number;
  seqNow: number;
}

export interface GroupExplanation {
  arm: string;
  method: Method;
  /** Iterations the arm had completed when its weights were read. */
  completed: number;
  rHat: number;
  K: number;
  options: LossOptions;
  nftOptions: LossOptions;
  versus: 'grpo' | 'dr_grpo';
  versusOptions: LossOptions;
  /** NFT's weight over `versus`'s on-policy, as the spec gives it (null: no constant factor). */
  factor: number | null;
  answers: AnswerExplanation[];
}

export interface AnswerLogps {
  correct: boolean;
  /** log pi_old and log pi_theta of each answer token. */
  oldLogp: number[];
  logp: number[];
}

export interface ExplainSetup {
  arm: string;
  method: Method;
  completed: number;
  options: LossOptions;
  nftOptions: LossOptions;
  versusOptions: (versus: 'grpo' | 'dr_grpo') => LossOptions;
}

export function explainTokens(setup: ExplainSetup, answers: readonly AnswerLogps[]): GroupExplanation {
  const K = answers.length;
  const rHat = K > 0 ? answers.filter((a) => a.correct).length / K : 0;
  const versus = comparedMethod(setup.nftOptions.weighting);
  const versusOptions = setup.versusOptions(versus);
  return {
    arm: setup.arm,
    method: setup.method,
    completed: setup.completed,
    rHat,
    K,
    options: setup.options,
    nftOptions: setup.nftOptions,
    versus,
    versusOptions,
    factor: onPolicyFactor(setup.nftOptions.weighting, versus, versusOptions.std, rHat, K),
    answers: answers.map((a) => {
      let seqOld = 1;
      let seqNow = 1;
      const tokens = a.logp.map((lp, t) => {
        const old = a.oldLogp[t];
        seqOld *= Math.exp(old);
        seqNow *= Math.exp(lp);
        const { R, capped } = ratioOf(lp, old, setup.options.logRatioCap);
        const now = { correct: a.correct, R, rHat, K, capped };
        const first = { correct: a.correct, R: 1, rHat, K };
        return {
          oldProb: Math.exp(old),
          prob: Math.exp(lp),
          R,
          capped,
          weight: tokenWeight(setup.method, setup.options, now),
          weightFirst: tokenWeight(setup.method, setup.options, first),
          nft: tokenWeight('nft', setup.nftOptions, now),
          nftFirst: tokenWeight('nft', setup.nftOptions, first),
          versus: tokenWeight(versus, versusOptions, now),
          versusFirst: tokenWeight(versus, versusOptions, first),
        };
      });
      return { correct: a.correct, tokens, seqOld, seqNow };
    }),
  };
}
