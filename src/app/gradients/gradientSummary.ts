/**
 * Words and chart rows for the gradient view. Pure, no React.
 *
 * The sentence reads the cosine between two methods' MEAN updates (over the study's rollouts) and each
 * one's signal-to-noise ratio (SNR = |mean update| / spread of one rollout's update around it):
 *   cosine >= SAME_DIRECTION (0.9)   "same direction"   (the theory's on-policy NFT vs RFT, w = 1)
 *   cosine <  PART (0.5)             "they part here"
 *   in between                       "roughly the same direction"
 *   SNRs more than NOISE_RATIO (1.1x) apart: the lower one is "noisier"; else "about as noisy".
 * With fewer than FEW_ROLLOUTS rollouts, noise alone pulls the cosine of the means below 1 (each mean
 * still carries noise), so a low cosine says so.
 */

import { RFT_W1 } from '../../engine/analysis/studyNames';
import type { Method } from '../../engine/losses/options';
import type { GradientReport, GradientStudy } from '../../worker/protocol';
import { EN } from '../charts/describe';
import type { T } from '../i18n/t';
import type { ArmSeries } from '../run/history';

export const SAME_DIRECTION = 0.9;
export const PART = 0.5;
export const NOISE_RATIO = 1.1;
export const FEW_ROLLOUTS = 8;

const METHOD_NAMES: Record<Method, string> = {
  nft: 'NFT',
  rft: 'RFT',
  sft: 'SFT',
  grpo: 'GRPO',
  dr_grpo: 'Dr. GRPO',
  dapo: 'DAPO',
};

const WEIGHTING_NAMES: Record<string, string> = { one: 'w = 1', one_minus_r: 'w = 1 - r̂', grpo: 'w: GRPO' };

/** 'rft:one' -> 'RFT (w = 1)', 'nft' -> 'NFT'; an unknown name is shown as it is. */
export function methodLabel(name: string): string {
  const [method, weighting] = name.split(':');
  const m = METHOD_NAMES[method as Method];
  if (!m) return name;
  return weighting ? `${m} (${WEIGHTING_NAMES[weighting] ?? weighting})` : m;
}

/** The method an arm of the study belongs to ('rft:one' -> 'rft'), for its colour. */
export function methodOf(name: string): Method | null {
  const m = name.split(/[:#]/)[0];
  return m in METHOD_NAMES ? (m as Method) : null;
}

/** The pair the sentence is about: NFT and RFT (w = 1) when both are there, else the first two. */
export function keyPair(study: GradientStudy): [number, number] | null {
  const names = study.methods.map((m) => m.name);
  if (names.length < 2) return null;
  const nft = names.findIndex((n) => methodOf(n) === 'nft');
  const ref = names.indexOf(RFT_W1);
  return nft >= 0 && ref >= 0 ? [nft, ref] : [0, 1];
}

const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '∞');

/** One or two plain sentences: do the two key methods' updates point the same way, and which is noisier. */
export function describeStudy(report: GradientReport, t: T = EN): string[] {
  const s = report.study;
  if (!s)
    return [
      t('charts.noGradient', {
        n: report.iteration,
        why: report.problem ?? t('charts.unknownReason'),
      }),
    ];
  const pair = keyPair(s);
  if (!pair) return [t('charts.onlyOneMethod')];
  const [i, j] = pair;
  const a = methodLabel(s.methods[i].name);
  const b = methodLabel(s.methods[j].name);
  const cos = s.cosine[i][j];
  const c = cos.toFixed(2);
  const [sa, sb] = [s.methods[i].snr, s.methods[j].snr];
  const measured = s.rollouts >= 2 && Number.isFinite(sa) && Number.isFinite(sb);
  const noisier = !measured ? null : sa * NOISE_RATIO < sb ? a : sb * NOISE_RATIO < sa ? b : '';
  const snrs = t('charts.signalNoiseAgainst', { a: fmt(sa), b: fmt(sb) });
  const few = s.rollouts < FEW_ROLLOUTS ? ` ${t('charts.onlyNRollouts', { n: s.rollouts })}` : '';
  const v = { a, b, c, snrs };
  const out: string[] = [];
  if (cos >= SAME_DIRECTION) {
    if (noisier === a) out.push(t('charts.sameDirection', v));
    else if (noisier === b) out.push(t('charts.sameDirectionS', v));
    else out.push(t('charts.sameDirectionSUpdate', v));
    if (methodOf(s.methods[i].name) === 'nft' && s.methods[j].name === RFT_W1)
      out.push(t('charts.averageWrong'));
  } else {
    out.push((cos < PART ? t('charts.theyPart', v) : t('charts.roughlySame', v)) + few);
    if (noisier) out.push(t('charts.mNoisier', { m: noisier, snrs }));
    else if (noisier === '') out.push(t('charts.bothAreAbout', { snrs }));
  }
  if (!measured) out.push(t('charts.noiseNeeds'));
  return out;
}

/** Chart rows over evaluations: x = iteration, `cos` = the key pair's cosine, one SNR per method name. */
export function gradientRows(reports: readonly GradientReport[]): Record<string, number>[] {
  return reports.flatMap((r) => {
    const s = r.study;
    if (!s) return [];
    const pair = keyPair(s);
    const row: Record<string, number> = {
      x: r.iteration,
      cos: pair ? s.cosine[pair[0]][pair[1]] : Number.NaN,
    };
    for (const m of s.methods) row[`snr:${m.name}`] = s.rollouts >= 2 ? m.snr : Number.NaN;
    return [row];
  });
}

/** Method names over every study, in first-seen order (the SNR chart's lines). */
export function studyMethods(reports: readonly GradientReport[]): string[] {
  const out: string[] = [];
  for (const r of reports)
    for (const m of r.study?.methods ?? []) if (!out.includes(m.name)) out.push(m.name);
  return out;
}

export interface EntropyAccuracyPoint {
  x: number;
  y: number;
  iteration: number;
}

/** Per arm, its evaluations as points: x = held-out greedy accuracy, y = mean token entropy (nats). */
export function entropyAccuracyPoints(arms: readonly ArmSeries[]): Record<string, EntropyAccuracyPoint[]> {
  return Object.fromEntries(
    arms.map((a) => [
      a.name,
      a.evals
        .map((p) => ({ x: p.eval.greedy.accuracy, y: p.eval.entropy, iteration: p.iteration }))
        .filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y)),
    ]),
  );
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** The chart in words (screen readers): per arm, where it started and where it is now. */
export function describeEntropyAccuracy(points: Record<string, EntropyAccuracyPoint[]>, t: T = EN): string {
  const parts = Object.entries(points).map(([arm, ps]) => {
    const first = ps[0];
    const last = ps.at(-1);
    if (!first || !last) return t('charts.armNoEvaluation', { arm });
    const from = { arm, acc: pct(first.x), h: first.y.toFixed(3), n: first.iteration };
    if (ps.length === 1) return t('charts.armAccuracy', from);
    return t('charts.armFromAccuracy', {
      ...from,
      acc2: pct(last.x),
      h2: last.y.toFixed(3),
      n2: last.iteration,
      count: ps.length,
    });
  });
  return `${t('charts.entropyAgainstHeld')} ${parts.join(' ')}`;
}

/** [lo, hi] around every finite value (padded when flat), within `clamp` when given. */
export function domainOf(values: number[], clamp?: [number, number]): [number, number] {
  const v = values.filter(Number.isFinite);
  if (v.length === 0) return clamp ?? [0, 1];
  let lo = Math.min(...v);
  let hi = Math.max(...v);
  if (hi - lo < 1e-9) {
    const pad = Math.abs(hi) * 0.1 || 0.1;
    lo -= pad;
    hi += pad;
  }
  if (clamp) {
    lo = Math.max(clamp[0], lo);
    hi = Math.min(clamp[1], hi);
  }
  return [lo, hi];
}
