/**
 * Float64 plain-JS restatement of the losses (no tensors): the test oracle for the tfjs version, and a
 * cheap way to plot a loss or a gradient weight against R.
 *
 * Token losses as in tokens.ts; gradients in closed form (spec), times the aggregation factor
 *   f_b = 1 / constant (sum_const) | 1 / N (token_mean, N answer tokens) | 1 / (B n_b) (answer_mean):
 *   nft right  -w                                        (0 where the log-ratio cap binds)
 *   nft wrong  negWeight * w * r R / max(1 - r R, eps (1 - r))   (straight-through clip)
 *   clipped    -A R when -A R >= -A clip(R), else -A R [R inside the clip range]
 *   sft        -1
 */

import type { AnswerTokens } from './grad';
import { groupStats } from './groups';
import { type LossOptions, type Method, resolveOptions } from './options';

export interface TokenTerm {
  loss: number;
  grad: number;
}

/** Loss and d loss / d logp of one token, before aggregation. */
export function referenceToken(
  method: Method,
  o: LossOptions,
  logp: number,
  oldLogp: number,
  row: { correct: boolean; rHat: number; weight: number; advantage: number },
): TokenTerm {
  if (method === 'sft') return { loss: -logp, grad: -1 };
  const raw = logp - oldLogp;
  const capped = raw > o.logRatioCap;
  const d = capped ? o.logRatioCap : raw;
  const R = Math.exp(d);
  const live = capped ? 0 : 1; // d R / d logp = R unless the cap binds
  if (method === 'nft' || method === 'rft') {
    const negWeight = method === 'rft' ? 0 : o.negWeight;
    const w = row.weight;
    if (row.correct) return { loss: -w * d, grad: -w * live };
    const r = row.rHat;
    const x = (1 - r * R) / (1 - r);
    const loss = -w * negWeight * Math.log(Math.max(x, o.eps));
    return { loss, grad: live * w * negWeight * ((r * R) / Math.max(1 - r * R, o.eps * (1 - r))) };
  }
  const A = row.advantage;
  const clipped = Math.min(1 + o.clipHigh, Math.max(1 - o.clipLow, R));
  const inside = R >= 1 - o.clipLow && R <= 1 + o.clipHigh ? 1 : 0;
  if (-A * R >= -A * clipped) return { loss: -A * R, grad: -A * R * live };
  return { loss: -A * clipped, grad: -A * R * inside * live };
}

/** Loss value and per-token gradient of a ragged batch, in float64. */
export function referenceLossAndGrad(
  method: Method,
  options: Partial<LossOptions>,
  answers: readonly AnswerTokens[],
): { loss: number; grad: number[][] } {
  const o = resolveOptions(method, options);
  const g = groupStats(answers, o);
  const n = answers.reduce((a, x) => a + x.logp.length, 0);
  const nonEmpty = answers.filter((a) => a.logp.length > 0).length;
  let loss = 0;
  const grad = answers.map((a, b) => {
    const len = a.logp.length;
    const f =
      o.aggregation === 'sum_const'
        ? 1 / o.constant
        : o.aggregation === 'token_mean'
          ? 1 / n
          : 1 / (nonEmpty * len);
    const row = {
      correct: a.correct,
      rHat: g.rHatClamped[b],
      weight: g.weight[b],
      advantage: method === 'dr_grpo' ? g.drGrpoAdvantage[b] : g.grpoAdvantage[b],
    };
    return a.logp.map((lp, t) => {
      const term = referenceToken(method, o, lp, a.oldLogp[t], row);
      loss += f * term.loss;
      return f * term.grad;
    });
  });
  return { loss, grad };
}
