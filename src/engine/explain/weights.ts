/**
 * Per-token gradient weights of NFT and its baselines as plain numbers (no tfjs: the page imports this),
 * for the teaching views. The weight of a token is d L_t / d log pi_theta(token), before the batch's
 * aggregation (docs/nft-spec.md; the engine's losses are in src/engine/losses/):
 *
 *   NFT right   -w                                             (0 where the log-ratio cap binds)
 *   NFT wrong   negWeight * w * r R / max(1 - r R, eps (1 - r))  (straight-through clip)
 *   clipped     -A R while the unclipped branch of max(-A R, -A clip(R)) is the larger, else 0:
 *               A > 0 (right) stops pushing once R > 1 + clipHigh, A < 0 (wrong) once R < 1 - clipLow
 *   SFT         -1
 * r = r_hat clamped to [rHatMin, rHatMax]; w(r) = 1 - r | 1 | sqrt((1 - r) / r).
 * Advantages: GRPO (r_i - r_hat) / (std + 1e-6) with the Bessel (K - 1) or population std; Dr. GRPO
 * r_i - r_hat. The aggregation then multiplies every weight by 1 / constant (sum_const), 1 / N
 * (token_mean, N answer tokens in the batch) or 1 / (B n_b) (answer_mean).
 * The tests check every formula against tf.grad of the engine's real loss (weights.test.ts).
 */
import { type LossOptions, type Method, RFT_RULE, type Weighting } from '../losses/options';

export const WEIGHTING_NAMES: readonly Weighting[] = ['one_minus_r', 'one', 'grpo'];

export function clampR(rHat: number, o: Pick<LossOptions, 'rHatMin' | 'rHatMax'>): number {
  return Math.min(o.rHatMax, Math.max(o.rHatMin, rHat));
}

/** Prompt weight w of an (already clamped) r_hat. */
export function promptWeightOf(r: number, weighting: Weighting): number {
  if (weighting === 'one_minus_r') return 1 - r;
  if (weighting === 'one') return 1;
  return Math.sqrt((1 - r) / r);
}

/** The ratio R = exp(min(logp - oldLogp, cap)) and whether the cap binds (then R has no gradient). */
export function ratioOf(logp: number, oldLogp: number, cap: number): { R: number; capped: boolean } {
  const d = logp - oldLogp;
  return d > cap ? { R: Math.exp(cap), capped: true } : { R: Math.exp(d), capped: false };
}

/** NFT's weight of one token at ratio R, for a question with (raw) r_hat. */
export function nftWeight(
  o: Pick<LossOptions, 'eps' | 'weighting' | 'negWeight' | 'rHatMin' | 'rHatMax'>,
  correct: boolean,
  R: number,
  rHat: number,
): number {
  const r = clampR(rHat, o);
  const w = promptWeightOf(r, o.weighting);
  if (correct) return -w;
  return o.negWeight * w * ((r * R) / Math.max(1 - r * R, o.eps * (1 - r)));
}

/** PPO-style clipped surrogate's weight of one token with advantage A at ratio R. */
export function clippedWeight(A: number, R: number, clipLow: number, clipHigh: number): number {
  const clipped = Math.min(1 + clipHigh, Math.max(1 - clipLow, R));
  if (-A * R >= -A * clipped) return -A * R;
  return 0;
}

/** Advantage of an answer in a group of K with (raw, unclamped) r_hat; `std` null is Dr. GRPO. */
export function advantageOf(
  correct: boolean,
  rHat: number,
  K: number,
  std: LossOptions['std'] | null,
): number {
  const x = (correct ? 1 : 0) - rHat;
  if (std === null) return x;
  // sum_i (r_i - r_hat)^2 = K r_hat (1 - r_hat) for 0/1 rewards
  const ss = K * rHat * (1 - rHat);
  const sd = Math.sqrt(std === 'bessel' ? (K > 1 ? ss / (K - 1) : 0) : ss / K);
  return x / (sd + 1e-6);
}

/** One token's context: its mark, ratio, the question's r_hat and group size. */
export interface TokenPoint {
  correct: boolean;
  R: number;
  rHat: number;
  K: number;
  /** The log-ratio cap binds: R is constant in log pi, so the token gets no gradient (SFT aside). */
  capped?: boolean;
}

/** The weight `method` with options `o` gives one token (before the aggregation). */
export function tokenWeight(method: Method, o: LossOptions, t: TokenPoint): number {
  if (method === 'sft') return -1;
  if (t.capped) return 0;
  if (method === 'nft' || method === 'rft') {
    return nftWeight(method === 'rft' ? { ...o, ...RFT_RULE } : o, t.correct, t.R, t.rHat);
  }
  const A = advantageOf(t.correct, t.rHat, t.K, method === 'dr_grpo' ? null : o.std);
  return clippedWeight(A, t.R, o.clipLow, o.clipHigh);
}

/**
 * The aggregation's factor on one answer's tokens: 1 / constant, 1 / (answer tokens in the batch), or
 * 1 / (answers in the batch * the answer's tokens).
 */
export function aggregationFactor(
  o: Pick<LossOptions, 'aggregation' | 'constant'>,
  batch: { tokens: number; answers: number },
  answerTokens: number,
): number {
  if (o.aggregation === 'sum_const') return 1 / o.constant;
  if (o.aggregation === 'token_mean') return 1 / Math.max(1, batch.tokens);
  return 1 / (Math.max(1, batch.answers) * Math.max(1, answerTokens));
}

/**
 * The clipped surrogate with the advantage that gives NFT's weight on-policy (R = 1): A = w on right
 * tokens, -w r / (1 - r) on wrong ones (with w = 1 - r_hat that is Dr. GRPO's A = r_i - r_hat; with the
 * GRPO weighting, GRPO's with the population std). The curves then cross at R = 1.
 */
export function matchedClippedWeight(
  o: Pick<LossOptions, 'eps' | 'weighting' | 'negWeight' | 'rHatMin' | 'rHatMax'>,
  correct: boolean,
  R: number,
  rHat: number,
  clip: { low: number; high: number },
): number {
  const r = clampR(rHat, o);
  const w = promptWeightOf(r, o.weighting);
  const A = correct ? w : (-w * r) / (1 - r);
  return clippedWeight(A, R, clip.low, clip.high);
}

/**
 * Where NFT's wrong-token clip starts: 1 - r R = eps (1 - r), i.e. R = (1 - eps (1 - r)) / r. Beyond
 * it the implicit negative ratio (1 - r R) / (1 - r) is floored at eps. Null when it never binds (R > 0).
 */
export function nftClipPoint(eps: number, rHat: number): number | null {
  const R = (1 - eps * (1 - rHat)) / rHat;
  return R > 0 ? R : null;
}

/**
 * NFT's weight over the GRPO family's at R = 1 for this weighting (spec, "Equivalence"):
 *   one_minus_r vs Dr. GRPO: 1;  grpo vs GRPO with a Bessel std: sqrt(K / (K - 1)) (1 with the population
 *   std);  one vs Dr. GRPO: 1 / (1 - r_hat).   Ignores GRPO's 1e-6 (a relative 1e-6 or so).
 */
export function onPolicyFactor(
  weighting: Weighting,
  versus: 'grpo' | 'dr_grpo',
  std: LossOptions['std'],
  rHat: number,
  K: number,
): number | null {
  if (versus === 'dr_grpo') {
    if (weighting === 'one_minus_r') return 1;
    if (weighting === 'one') return 1 / (1 - rHat);
    return null;
  }
  if (weighting !== 'grpo') return null;
  return std === 'bessel' ? Math.sqrt(K / (K - 1)) : 1;
}

/** Which GRPO-family method NFT's weighting matches on-policy. */
export function comparedMethod(weighting: Weighting): 'grpo' | 'dr_grpo' {
  return weighting === 'grpo' ? 'grpo' : 'dr_grpo';
}
