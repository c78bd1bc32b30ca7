/**
 * Loss methods, their options and the defaults of the specification (docs/nft-spec.md).
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

/** A numeric option's range: [min, max], an end open where said (max Infinity: no upper bound). */
export interface NumberRange {
  min: number;
  max: number;
  minOpen?: boolean;
  maxOpen?: boolean;
}

export type LossOptionSpec =
  | { kind: 'number'; range: NumberRange }
  | { kind: 'choice'; options: readonly string[] };

const range = (min: number, max: number, ends: Partial<Pick<NumberRange, 'minOpen' | 'maxOpen'>> = {}) =>
  ({ kind: 'number', range: { min, max, ...ends } }) as const;
const choice = (options: readonly string[]) => ({ kind: 'choice', options }) as const;

/**
 * THE loss options: each one's type and range, read by validateLossOptions, the session file's check of a
 * run's options (formats/sessionFile/schema.ts) and the settings table's loss settings (their form, link
 * and CLI ranges: formats/settings/table.ts). A key added to LossOptions and not here fails the type check.
 */
export const LOSS_OPTION_SPEC: { readonly [K in keyof LossOptions]: LossOptionSpec } = {
  eps: range(0, 10, { minOpen: true }),
  weighting: choice(WEIGHTINGS),
  negWeight: range(0, 10),
  aggregation: choice(AGGREGATIONS),
  constant: range(0, Number.POSITIVE_INFINITY, { minOpen: true }),
  clipLow: range(0, 1, { maxOpen: true }),
  clipHigh: range(0, Number.POSITIVE_INFINITY),
  std: choice(STDS),
  logRatioCap: range(0, 80, { minOpen: true }),
  rHatMin: range(0, 1, { minOpen: true, maxOpen: true }),
  rHatMax: range(0, 1, { minOpen: true, maxOpen: true }),
};

export const LOSS_OPTION_KEYS = Object.keys(LOSS_OPTION_SPEC) as (keyof LossOptions)[];

/** The numeric range of option `k` (which must be numeric). */
export function lossOptionRange(k: keyof LossOptions): NumberRange {
  const s = LOSS_OPTION_SPEC[k];
  if (s.kind !== 'number') throw new Error(`${k} is not a numeric loss option`);
  return s.range;
}

export function inRange(x: number, r: NumberRange): boolean {
  return (
    Number.isFinite(x) &&
    (r.minOpen ? x > r.min : x >= r.min) &&
    (r.max === Number.POSITIVE_INFINITY || (r.maxOpen ? x < r.max : x <= r.max))
  );
}

/** '> 0 and <= 10', '>= 0', ... */
export function rangeText(r: NumberRange): string {
  const low = `${r.minOpen ? '>' : '>='} ${r.min}`;
  return r.max === Number.POSITIVE_INFINITY ? low : `${low} and ${r.maxOpen ? '<' : '<='} ${r.max}`;
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

/** RFT is NFT with negWeight 0: the rule, stated once (the defaults, the resolver and the check read it). */
export const RFT_RULE = { negWeight: 0 } as const satisfies Partial<LossOptions>;

/**
 * The spec's defaults per method. RFT keeps NFT's weighting (the matched comparison: the two differ
 * only by the negative term). Options a method does not use keep the base values.
 */
export const DEFAULT_LOSS_OPTIONS: Readonly<Record<Method, Readonly<LossOptions>>> = {
  nft: BASE,
  rft: { ...BASE, ...RFT_RULE },
  sft: { ...BASE, aggregation: 'token_mean' },
  grpo: { ...BASE, aggregation: 'answer_mean' },
  dr_grpo: BASE,
  dapo: { ...BASE, clipHigh: 0.28, aggregation: 'token_mean' },
};

export function defaultOptions(method: Method): LossOptions {
  return { ...DEFAULT_LOSS_OPTIONS[method] };
}

/**
 * THE loss-option resolver: the defaults of `method` overridden by `options`. `shared`: the options are
 * the run's, given to every arm (the page's settings, the CLI's flags), so RFT_RULE wins over a shared
 * negWeight; otherwise they are this method's own, and an rft negWeight other than 0 is left for
 * validateLossOptions to refuse rather than silently ignored.
 */
export function resolveOptions(
  method: Method,
  options: Partial<LossOptions> = {},
  { shared = false }: { shared?: boolean } = {},
): LossOptions {
  const o = { ...defaultOptions(method), ...options };
  return shared && method === 'rft' ? { ...o, ...RFT_RULE } : o;
}

/** Problems with the options, one sentence each; empty when they are usable. */
export function validateLossOptions(o: LossOptions, method?: Method): string[] {
  const p: string[] = [];
  for (const k of LOSS_OPTION_KEYS) {
    const spec = LOSS_OPTION_SPEC[k];
    const v = o[k] as unknown;
    if (spec.kind === 'choice') {
      if (!spec.options.includes(v as string)) p.push(`${k} must be one of ${spec.options.join(', ')}`);
    } else if (typeof v !== 'number' || !inRange(v, spec.range))
      p.push(`${k} must be ${rangeText(spec.range)}, got ${String(v)}`);
  }
  if (p.length === 0 && o.rHatMin > o.rHatMax)
    p.push(`rHatMin and rHatMax must satisfy rHatMin <= rHatMax, got ${o.rHatMin} and ${o.rHatMax}`);
  if (method === 'rft' && o.negWeight !== RFT_RULE.negWeight)
    p.push(`rft is nft with negWeight 0, got negWeight ${o.negWeight}`);
  return p;
}

/** validateLossOptions as an exception: the training path's check (an arm never trains on bad options). */
export function assertLossOptions(o: LossOptions, method: Method, where: string): void {
  const problems = validateLossOptions(o, method);
  if (problems.length > 0) throw new Error(`${where}: ${problems.join('; ')}`);
}
