/**
 * The policy split of one question (docs/nft-spec.md, "The idea"), over the distinct answers sampled:
 *
 *   pi_old(a)        = r_hat pi_plus(a) + (1 - r_hat) pi_minus(a)
 *                      right a: all of pi_old(a) is the right part r_hat pi_plus(a); wrong a: the wrong part
 *   pi_neg(a)        = (pi_old(a) - r_hat pi_theta(a)) / (1 - r_hat)      the implicit negative policy
 *                      (< 0 once pi_theta(a) / pi_old(a) > 1 / r_hat: why NFT floors its ratio at eps)
 *   next update      right answers: pi_theta up (so pi_neg down); wrong answers: pi_theta down (pi_neg up);
 *                    by how much: the sum of the answer's per-token weights (tokenFigures.ts)
 * Probabilities of whole answers are products of token probabilities; the sampled answers cover only
 * part of pi_old (the rest lies on answers not sampled). Plain numbers; the page imports this.
 */

export interface SplitAnswerInput {
  text: string;
  correct: boolean;
  /** pi_old and (when known) pi_theta of the whole answer. */
  seqOld: number;
  seqNow?: number;
  /** Sum of the answer's per-token weights (d loss / d log pi_theta of the whole answer), when known. */
  weightSum?: number;
}

export interface SplitBar {
  text: string;
  correct: boolean;
  /** Times it was sampled among the K answers. */
  count: number;
  piOld: number;
  /** r_hat pi_plus(a) and (1 - r_hat) pi_minus(a): one of them is pi_old(a), the other 0. */
  rightPart: number;
  wrongPart: number;
  piPlus: number;
  piMinus: number;
  piNow: number | null;
  piNeg: number | null;
  /** +1: the next update raises pi_theta(a), -1 lowers it, 0 leaves it (by the sign of weightSum). */
  direction: number | null;
  weightSum: number | null;
}

export function policySplit(answers: readonly SplitAnswerInput[]): { rHat: number; bars: SplitBar[] } {
  const K = answers.length;
  const rHat = K > 0 ? answers.filter((a) => a.correct).length / K : 0;
  const byText = new Map<string, SplitBar>();
  for (const a of answers) {
    const key = `${a.correct ? '1' : '0'}${a.text}`;
    const bar = byText.get(key);
    if (bar) {
      bar.count += 1;
      continue;
    }
    const piNow = a.seqNow ?? null;
    const piNeg = piNow === null || rHat >= 1 ? null : (a.seqOld - rHat * piNow) / (1 - rHat);
    const weightSum = a.weightSum ?? null;
    byText.set(key, {
      text: a.text,
      correct: a.correct,
      count: 1,
      piOld: a.seqOld,
      rightPart: a.correct ? a.seqOld : 0,
      wrongPart: a.correct ? 0 : a.seqOld,
      piPlus: a.correct && rHat > 0 ? a.seqOld / rHat : 0,
      piMinus: !a.correct && rHat < 1 ? a.seqOld / (1 - rHat) : 0,
      piNow,
      piNeg,
      direction: weightSum === null ? null : -Math.sign(weightSum),
      weightSum,
    });
  }
  const bars = [...byText.values()].sort((x, y) => y.piOld - x.piOld);
  return { rHat, bars };
}

/** Count of questions at each r_hat = j / K, j = 0..K. */
export function rHatHistogram(rHats: readonly number[], K: number): number[] {
  const counts = new Array<number>(K + 1).fill(0);
  for (const r of rHats) {
    const j = Math.round(r * K);
    if (j >= 0 && j <= K) counts[j] += 1;
  }
  return counts;
}
