import { describe, expect, it } from 'vitest';
import { DEFAULT_LOSS_OPTIONS } from '../../engine/losses/options';
import type { EvalPoint, GradientReport, GradientStudy } from '../../worker/protocol';
import { type MsgId, translate, type Vars } from '../i18n/t';
import type { ArmSeries } from '../run/history';
import {
  describeEntropyAccuracy,
  describeStudy,
  domainOf,
  entropyAccuracyPoints,
  gradientRows,
  keyPair,
  methodLabel,
  studyMethods,
} from './gradientSummary';

/** A study of nft and rft:one (and rft) with the given cosine between nft and rft:one, and SNRs. */
function study(cos: number, snr: number[], rollouts = 16, names = ['nft', 'rft', 'rft:one']): GradientStudy {
  const n = names.length;
  const cosine: number[][] = names.map((_, i) => names.map((__, j) => (i === j ? 1 : 0.8)));
  const a = names.indexOf('nft');
  const b = names.indexOf('rft:one');
  if (a >= 0 && b >= 0) {
    cosine[a][b] = cos;
    cosine[b][a] = cos;
  } else if (n > 1) {
    cosine[0][1] = cos;
    cosine[1][0] = cos;
  }
  return {
    rollouts,
    steps: 0,
    meanAbsLogRatio: 0,
    methods: names.map((name, i) => ({ name, meanNorm: 0.1, rolloutNorm: 0.2, snr: snr[i] ?? 1 })),
    cosine,
    rolloutCosine: cosine.map((r) => r.slice(0, n)),
  };
}

const report = (s: GradientStudy | null, iteration = 0): GradientReport => ({
  iteration,
  weightsOf: 'nft',
  requested: 16,
  study: s,
  ms: 1,
  ...(s ? {} : { problem: 'no rollout had an informative question: nothing to compare' }),
});

describe('methodLabel and keyPair', () => {
  it('names methods the way the page writes them', () => {
    expect(methodLabel('rft:one')).toBe('RFT (w = 1)');
    expect(methodLabel('nft')).toBe('NFT');
    expect(methodLabel('dr_grpo')).toBe('Dr. GRPO');
    expect(methodLabel('rft:one_minus_r')).toBe('RFT (w = 1 - r̂)');
    expect(methodLabel('banana')).toBe('banana');
  });

  it('is NFT against RFT (w = 1) when both are there, else the first two methods', () => {
    expect(keyPair(study(1, []))).toEqual([0, 2]);
    expect(keyPair(study(1, [], 4, ['grpo', 'dapo', 'rft']))).toEqual([0, 1]);
    expect(keyPair(study(1, [], 4, ['grpo']))).toBeNull();
  });
});

describe('describeStudy: thresholds', () => {
  it('cos >= 0.9 and NFT noisier: same direction, but noisier; the theory in a second sentence', () => {
    const [first, second] = describeStudy(report(study(0.9, [0.4, 1, 0.46])));
    expect(first).toBe(
      "Same direction: NFT's update points where RFT (w = 1)'s does (cosine 0.90), but is noisier (signal-to-noise 0.40 against 0.46).",
    );
    expect(second).toMatch(/wrong answers push where the right ones do/);
  });

  it('cos >= 0.9 with NFT less noisy, or as noisy (SNRs within 1.1x)', () => {
    expect(describeStudy(report(study(0.95, [0.6, 1, 0.5])))[0]).toContain('and is less noisy');
    const even = describeStudy(report(study(0.95, [0.5, 1, 0.54])))[0];
    expect(even).toBe("Same direction: NFT's update points where RFT (w = 1)'s does (cosine 0.95).");
  });

  it('0.5 <= cos < 0.9: roughly the same direction, with the noise in a second sentence', () => {
    const [first, second] = describeStudy(report(study(0.5, [0.3, 1, 0.5])));
    expect(first).toBe(
      "Roughly the same direction: NFT's and RFT (w = 1)'s updates agree only in part (cosine 0.50).",
    );
    expect(second).toBe('NFT is noisier (signal-to-noise 0.30 against 0.50).');
    expect(describeStudy(report(study(0.89, [0.5, 1, 0.5])))[1]).toMatch(/^Both are about as noisy/);
  });

  it('cos < 0.5: they part here; with few rollouts it says noise alone lowers the cosine', () => {
    const [first] = describeStudy(report(study(0.49, [0.5, 1, 0.3], 4)));
    expect(first).toBe(
      "They part here: NFT's and RFT (w = 1)'s updates point different ways (cosine 0.49). With only 4 rollouts, noise alone lowers this cosine.",
    );
    expect(describeStudy(report(study(0.49, [0.5, 1, 0.3], 4)))[1]).toBe(
      'RFT (w = 1) is noisier (signal-to-noise 0.50 against 0.30).',
    );
    expect(describeStudy(report(study(-0.2, [0.5, 1, 0.5], 8)))[0]).not.toContain('noise alone');
  });

  it('without NFT it compares the first two methods; one rollout cannot measure noise; no study says why', () => {
    expect(describeStudy(report(study(0.95, [0.5, 0.5], 4, ['grpo', 'dapo'])))[0]).toBe(
      "Same direction: GRPO's update points where DAPO's does (cosine 0.95).",
    );
    const one = describeStudy(report(study(0.95, [Infinity, 1, Infinity], 1)));
    expect(one.at(-1)).toBe('The noise needs two or more rollouts to be measured.');
    expect(describeStudy(report(null, 3))).toEqual([
      'No gradient study at iteration 3: no rollout had an informative question: nothing to compare.',
    ]);
  });
});

describe('gradientRows and studyMethods', () => {
  it('one row per study: the key pair cosine and each SNR; failed studies and 1-rollout SNRs leave gaps', () => {
    const rows = gradientRows([
      report(study(0.97, [0.4, 0.6, 0.5]), 0),
      report(null, 1),
      report(study(0.5, [0.4, 0.6, 0.5], 1), 2),
    ]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual({ x: 0, cos: 0.97, 'snr:nft': 0.4, 'snr:rft': 0.6, 'snr:rft:one': 0.5 });
    expect(rows[1].x).toBe(2);
    expect(rows[1]['snr:nft']).toBeNaN();
    expect(
      studyMethods([report(null), report(study(1, [], 4, ['grpo', 'nft'])), report(study(1, []))]),
    ).toEqual(['grpo', 'nft', 'rft', 'rft:one']);
  });
});

describe('entropy against accuracy', () => {
  const point = (iteration: number, acc: number, entropy: number) =>
    ({
      iteration,
      eval: { greedy: { accuracy: acc }, entropy },
    }) as EvalPoint;
  const arm = (name: string, evals: EvalPoint[]): ArmSeries => ({
    name,
    method: 'nft',
    loss: DEFAULT_LOSS_OPTIONS.nft,
    iterations: [],
    evals,
  });

  it('per arm, x = greedy accuracy and y = entropy per evaluation, non-finite ones left out', () => {
    const pts = entropyAccuracyPoints([
      arm('nft', [point(0, 0.5, 0.3), point(1, 0.55, 0.28), point(2, Number.NaN, 0.2)]),
      arm('rft', []),
    ]);
    expect(pts).toEqual({
      nft: [
        { x: 0.5, y: 0.3, iteration: 0 },
        { x: 0.55, y: 0.28, iteration: 1 },
      ],
      rft: [],
    });
    expect(describeEntropyAccuracy(pts)).toBe(
      'Entropy against held-out greedy accuracy. nft: from accuracy 50.0% at entropy 0.300 (iteration 0) to 55.0% at entropy 0.280 (iteration 1), 2 evaluations. rft: no evaluation yet.',
    );
    expect(describeEntropyAccuracy({ sft: [{ x: 0.25, y: 1, iteration: 0 }] })).toContain(
      'sft: accuracy 25.0% at entropy 1.000 (iteration 0).',
    );
  });
});

describe('domainOf', () => {
  it('spans the finite values, pads a flat one, and stays inside a clamp', () => {
    expect(domainOf([0.2, Number.NaN, 0.5, Infinity])).toEqual([0.2, 0.5]);
    expect(domainOf([2, 2])).toEqual([1.8, 2.2]);
    expect(domainOf([0, 0])).toEqual([-0.1, 0.1]);
    expect(domainOf([-3, 0.5], [-1, 1])).toEqual([-1, 0.5]);
    expect(domainOf([], [0, 1])).toEqual([0, 1]);
  });
});

describe('the sentences in Japanese', () => {
  const ja = (en: MsgId, vars?: Vars) => translate('ja', en, vars);
  const english = /[A-Za-z]{3,}[,.:;']*\s+[A-Za-z]{2,}[,.:;']*\s+[A-Za-z]{3,}/;

  it('every case of describeStudy and describeEntropyAccuracy reads without English phrases', () => {
    const cases = [
      report(study(0.95, [0.4, 1, 0.46])),
      report(study(0.95, [0.6, 1, 0.5])),
      report(study(0.95, [0.5, 1, 0.51])),
      report(study(0.7, [0.3, 1, 0.5], 4)),
      report(study(0.2, [0.5, 1, 0.5], 1)),
      report(study(1, [], 4, ['grpo'])),
    ];
    const sentences = cases.flatMap((r) => describeStudy(r, ja));
    expect(sentences.length).toBeGreaterThan(8);
    for (const s of sentences) expect(s).not.toMatch(english);
    const points = { nft: [], rft: [{ x: 0.5, y: 0.3, iteration: 0 }] };
    expect(describeEntropyAccuracy(points, ja)).not.toMatch(english);
    expect(describeEntropyAccuracy(points, ja)).toContain('エントロピー');
  });
});
