import { describe, expect, it } from 'vitest';
import { readStudyData } from '../../formats/study/dataFile';
import { checkPlan, type StudyPlan } from '../../formats/study/plan';
import {
  type ConfigResults,
  compare,
  missingSeeds,
  reportLines,
  statement,
  studyData,
  verdict,
} from './report';
import { RESULT_FORMAT, type SeedResult } from './results';

/** A seed's result with NFT and RFT's final greedy accuracy (shares) and entropy from 0.3 at iteration 0. */
function seed(seed: number, nft: number, rft: number, entropyDrop = [0.1, 0.08]): SeedResult {
  const row = (method: string, acc: number, drop: number) => ({
    method,
    evals: [
      { iteration: 0, greedy: 0.4, sampled: 0.3, passAtK: 0.5, entropy: 0.3 },
      { iteration: 10, greedy: acc - 0.01, sampled: acc - 0.05, passAtK: 0.6, entropy: 0.25 },
      { iteration: 20, greedy: acc, sampled: acc - 0.04, passAtK: 0.6, entropy: 0.3 - drop },
    ],
  });
  return {
    format: RESULT_FORMAT,
    version: 1,
    settings: '#x',
    runKey: 'k',
    seed,
    backend: 'wasm',
    seconds: 1,
    rows: [row('nft', nft, entropyDrop[0]), row('rft', rft, entropyDrop[1])],
  };
}

const PLAN: StudyPlan = checkPlan({
  format: 'nft-playground-study-plan',
  version: 1,
  name: 'fixture',
  registered: '2026-12-03',
  purpose: 'the report on known numbers',
  preset: 'workshop',
  methods: ['nft', 'rft'],
  iterations: 20,
  evalEvery: 10,
  seeds: [1, 2, 3, 4, 5],
  minSeeds: 15,
  pairs: [['nft', 'rft']],
  configs: [{ name: 'noise20', flags: ['--mu', '2', '--label-noise', '0.2'] }],
  findings: [
    {
      name: 'lead',
      config: 'noise20',
      a: 'nft',
      b: 'rft',
      metric: 'greedy',
      iteration: 'final',
      question: 'is NFT ahead?',
    },
  ],
});

// NFT - RFT per seed, in points: 2, -1, 3, 0, 6 (pairedStats.test.ts works this interval by hand).
const FIVE = [
  seed(1, 0.52, 0.5),
  seed(2, 0.49, 0.5),
  seed(3, 0.53, 0.5),
  seed(4, 0.5, 0.5),
  seed(5, 0.56, 0.5),
];
const COLLECTED: ConfigResults[] = [{ config: PLAN.configs[0], results: FIVE }];

describe('study report', () => {
  it('pins the paired interval on known differences: +2.0 ± 3.4, -1.4 to +5.4, ahead on 3 of 5', () => {
    const s = compare(FIVE, 'nft', 'rft', 'greedy', 'final');
    expect(s.n).toBe(5);
    expect(s.mean).toBeCloseTo(2, 9);
    expect(s.halfWidth).toBeCloseTo(3.4004, 3);
    expect([s.aAhead, s.bAhead, s.ties]).toEqual([3, 1, 1]);
    expect(statement(s, 'nft', 'rft', 'greedy')).toBe(
      '+2.0 ± 3.4 points (95% interval -1.4 to +5.4, 5 seeds); nft ahead on 3 of 5, rft on 1, ties 1',
    );
  });

  it('reads an iteration mid-run, and entropy change in nats', () => {
    expect(compare(FIVE, 'nft', 'rft', 'greedy', 10).mean).toBeCloseTo(2, 9);
    const e = compare(FIVE, 'nft', 'rft', 'entropyChange', 'final');
    expect(e.mean).toBeCloseTo(-0.02, 9);
    expect(statement(e, 'nft', 'rft', 'entropyChange')).toMatch(
      /^-0\.020 ± 0\.000 nats .*; nft higher on 0 of 5, rft on 5, ties 0$/,
    );
    const none = compare(FIVE, 'nft', 'rft', 'greedy', 30);
    expect(none.n).toBe(0);
    expect(statement(none, 'nft', 'rft', 'greedy')).toBe('not run yet (0 seeds)');
    expect(
      statement(compare(FIVE.slice(0, 1), 'nft', 'rft', 'greedy', 'final'), 'nft', 'rft', 'greedy'),
    ).toBe('+2.0 points (1 seed, no interval); nft ahead on 1 of 1, rft on 0, ties 0');
  });

  it('calls nothing a finding with fewer seeds than the plan fixed, or under 15', () => {
    expect(verdict(5, PLAN)).toBe('NOT a finding: 5 of the 5 planned seeds (a finding needs 15)');
    const twenty = { ...PLAN, seeds: Array.from({ length: 20 }, (_, i) => i + 1), minSeeds: 15 };
    expect(verdict(19, twenty)).toMatch(/^NOT a finding: 19 of the 20/);
    expect(verdict(20, twenty)).toBe('finding');
    const lines = reportLines(PLAN, COLLECTED).join('\n');
    expect(lines).toContain(
      'lead (noise20, nft - rft, greedy at iteration final): +2.0 ± 3.4 points (95% interval -1.4 to +5.4, 5 seeds); nft ahead on 3 of 5, rft on 1, ties 1. NOT a finding',
    );
  });

  it("writes the page's data file, which the page's reader accepts, from the plan's own settings", () => {
    const data = studyData(PLAN, 'h'.repeat(64), COLLECTED, 'npm run cli -- …', new Date(0));
    const read = readStudyData(JSON.parse(JSON.stringify(data)));
    expect('problem' in read).toBe(false);
    const [p] = data.points;
    expect([p.config, p.labelNoise, p.verifier, p.planned, p.finding]).toEqual([
      'noise20',
      0.2,
      'exact',
      5,
      false,
    ]);
    expect(p.greedy).toEqual({ n: 5, mean: 2, low: -1.4, high: 5.4, aAhead: 3, bAhead: 1, ties: 1 });
    expect(p.settings).toContain('labelNoise=0.2');
    expect(missingSeeds(PLAN, COLLECTED)).toEqual([]);
    expect(missingSeeds(PLAN, [{ config: PLAN.configs[0], results: FIVE.slice(1) }])).toEqual([
      'noise20 (4 of 5)',
    ]);
  });
});
