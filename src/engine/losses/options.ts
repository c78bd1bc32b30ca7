/**
 * Loss methods, their options and the defaults of the specification (shared/NFT-SPEC.md).
 *
 * Per-token losses on a batch of answers, d_t = min(log pi_theta - log pi_old, logRatioCap), R_t = exp(d_t):
 *   nft      L_t = w(q) * (right ? -d_t : negWeight * -log maxv((1 - r_hat R_t) / (1 - r_hat), eps))
 *   rft      nft with negWeight = 0
 *   sft      L_t = -log pi_theta(a_t)   (the rows are gold answers)
 *   grpo     L_t = max(-A R_t, -A clip(R_t, 1 - clipLow, 1 + clipHigh)),
 *            A = (r - mean_q r) / (std_q r + 1e-6)
 *   dr_grpo  the same clipped loss with A = r - mean_q r
 *   dapo     grpo advantages, clip range [1 - 0.2, 1 + 0.28]
 * Aggregation of the masked token losses L [B, T]:
 *   sum_const    sum_{b,t} L / constant
 *   token_mean   sum_{b,t} L / (number of answer tokens in the batch)
 *   answer_mean  mean_b (sum_t L_bt / n_b)
 */

export type Method = 'nft' | 'rft' | 'sft' | 'grpo' | 'dr_grpo' | 'dapo';
export type Weighting = 'one_minus_r' | 'one' | 'grpo';
export type Aggregation = 'sum_const' | 'token_mean' | 'answer_mean';
export type StdKind = 'bessel' | 'population';

export const METHODS: readonly Method[] = ['nft', 'rft', 'sft', 'grpo', 'dr_grpo', 'dapo'];
export const WEIGHTINGS: readonly Weighting[] = ['one_minus_r', 'one', 'grpo'];
export const AGGREGATIONS: readonly Aggregation[] = ['sum_const', 'token_mean', 'answer_mean'];
export const STDS: readonly StdKind[] = ['bessel', 'population'];

export interface LossOptions {
  /** NFT: floor of the implicit negative ratio (1 - r_hat R) / (1 - r_hat). */
  eps: number;
  /** NFT: prompt weight w(q). */
  weighting: Weighting;
  /** NFT: factor on the wrong-answer term (0 = RFT). */
  negWeight: number;
  aggregation: Aggregation;
  /** Divisor of the `sum_const` aggregation. */
  constant: number;
  /** Clipped losses: R is clipped to [1 - clipLow, 1 + clipHigh]. */
  clipLow: number;
  clipHigh: number;
  /** GRPO / DAPO: standard deviation of the group's rewards. */
  std: StdKind;
  /** Upper cap of the log-ratio d_t. */
  logRatioCap: number;
  /** Clamp of r_hat inside NFT's wrong-answer term and in w(q). */
  rHatMin: number;
  rHatMax: number;
}

/** One per batch row: which question the answer belongs to (its group) and the verifier's mark. */
export interface AnswerGroupInfo {
  question: string | number;
  correct: boolean;
}

const BASE: LossOptions = {
  eps: 1,
  weighting: 'one_minus_r',
  negWeight: 1,
  aggregation: 'sum_const',
  constant: 1000,
  clipLow: 0.2,
  clipHigh: 0.2,
  std: 'bessel',
  logRatioCap: 10,
  rHatMin: 0.02,
  rHatMax: 0.98,
};

/**
 * The spec's defaults per method. RFT keeps NFT's weighting (the matched comparison: the two differ
 * only by the negative term). Options a method does not use keep the base values.
 */
export const DEFAULT_LOSS_OPTIONS: Readonly<Record<Method, Readonly<LossOptions>>> = {
  nft: BASE,
  rft: { ...BASE, negWeight: 0 },
  sft: { ...BASE, aggregation: 'token_mean' },
  grpo: { ...BASE, aggregation: 'answer_mean' },
  dr_grpo: BASE,
  dapo: { ...BASE, clipHigh: 0.28, aggregation: 'token_mean' },
};

export function defaultOptions(method: Method): LossOptions {
  return { ...DEFAULT_LOSS_OPTIONS[method] };
}

/** Defaults of `method` overridden by the given options. */
export function resolveOptions(method: Method, options: Partial<LossOptions> = {}): LossOptions {
  return { ...defaultOptions(method), ...options };
}

const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** Problems with the options, one sentence each; empty when they are usable. */
export function validateLossOptions(o: LossOptions, method?: Method): string[] {
  const p: string[] = [];
  if (!finite(o.eps) || o.eps <= 0) p.push(`eps must be > 0, got ${o.eps}`);
  if (!WEIGHTINGS.includes(o.weighting)) p.push(`weighting must be one of ${WEIGHTINGS.join(', ')}`);
  if (!finite(o.negWeight) || o.negWeight < 0) p.push(`negWeight must be >= 0, got ${o.negWeight}`);
  if (!AGGREGATIONS.includes(o.aggregation)) p.push(`aggregation must be one of ${AGGREGATIONS.join(', ')}`);
  if (!finite(o.constant) || o.constant <= 0) p.push(`constant must be > 0, got ${o.constant}`);
  if (!finite(o.clipLow) || o.clipLow < 0 || o.clipLow >= 1)
    p.push(`clipLow must be in [0, 1), got ${o.clipLow}`);
  if (!finite(o.clipHigh) || o.clipHigh < 0) p.push(`clipHigh must be >= 0, got ${o.clipHigh}`);
  if (!STDS.includes(o.std)) p.push(`std must be one of ${STDS.join(', ')}`);
  if (!finite(o.logRatioCap) || o.logRatioCap <= 0 || o.logRatioCap > 80) {
    p.push(`logRatioCap must be in (0, 80], got ${o.logRatioCap}`);
  }
  if (!finite(o.rHatMin) || !finite(o.rHatMax) || o.rHatMin <= 0 || o.rHatMax >= 1 || o.rHatMin > o.rHatMax) {
    p.push(`rHatMin and rHatMax must satisfy 0 < rHatMin <= rHatMax < 1, got ${o.rHatMin} and ${o.rHatMax}`);
  }
  if (method === 'rft' && o.negWeight !== 0)
    p.push(`rft is nft with negWeight 0, got negWeight ${o.negWeight}`);
  return p;
}
