import { describe, expect, it } from 'vitest';
import { checkPlan, FINDING_MIN_SEEDS, isFinding, planProblems } from './plan';

const good = () => ({
  format: 'nft-playground-study-plan',
  version: 1,
  name: 'p',
  registered: '2026-12-03',
  purpose: 'a test',
  preset: 'workshop',
  methods: ['nft', 'rft'],
  iterations: 50,
  evalEvery: 10,
  seeds: Array.from({ length: 20 }, (_, i) => i + 1),
  minSeeds: 20,
  pairs: [['nft', 'rft']],
  configs: [{ name: 'base', flags: ['--mu', '2'] }],
  findings: [
    {
      name: 'tie',
      config: 'base',
      a: 'nft',
      b: 'rft',
      metric: 'greedy',
      iteration: 'final',
      question: 'level?',
    },
  ],
});

describe('study plan check', () => {
  it('accepts a plan', () => {
    expect(planProblems(good())).toEqual([]);
    expect(checkPlan(good()).seeds).toHaveLength(20);
  });

  it.each([
    ['no seeds', (p: ReturnType<typeof good>) => Object.assign(p, { seeds: [] }), 'seeds'],
    ['a repeated seed', (p: ReturnType<typeof good>) => Object.assign(p, { seeds: [1, 2, 2] }), 'repeat'],
    ['a minimum under 15', (p: ReturnType<typeof good>) => Object.assign(p, { minSeeds: 5 }), 'minSeeds'],
    [
      'a flag the plan owns',
      (p: ReturnType<typeof good>) =>
        Object.assign(p, { configs: [{ name: 'base', flags: ['--seeds', '3'] }] }),
      'may not set --seeds',
    ],
    [
      'a configuration given twice',
      (p: ReturnType<typeof good>) =>
        Object.assign(p, { configs: [...p.configs, { name: 'base', flags: [] }] }),
      'given twice',
    ],
    [
      'a finding on an unknown configuration',
      (p: ReturnType<typeof good>) => Object.assign(p.findings[0], { config: 'nope' }) && p,
      'config must name',
    ],
    [
      'a finding at an iteration that is not evaluated',
      (p: ReturnType<typeof good>) => Object.assign(p.findings[0], { iteration: 35 }) && p,
      'not evaluated',
    ],
    [
      'a finding without its question',
      (p: ReturnType<typeof good>) => Object.assign(p.findings[0], { question: ' ' }) && p,
      'question',
    ],
    [
      'an unknown metric',
      (p: ReturnType<typeof good>) => Object.assign(p.findings[0], { metric: 'loss' }) && p,
      'metric',
    ],
    [
      'a pair of one method',
      (p: ReturnType<typeof good>) => Object.assign(p, { pairs: [['nft', 'nft']] }),
      'pairs',
    ],
  ])('refuses %s', (_, spoil, words) => {
    const problems = planProblems(spoil(good()));
    expect(problems.join('\n')).toContain(words);
    expect(() => checkPlan(spoil(good()))).toThrow(/not a study plan/);
  });

  it('calls nothing a finding under 15 seeds, nor under the seeds the plan fixed', () => {
    expect(FINDING_MIN_SEEDS).toBe(15);
    const plan = { seeds: Array.from({ length: 20 }, (_, i) => i), minSeeds: 15 };
    expect(isFinding(20, plan)).toBe(true);
    expect(isFinding(19, plan)).toBe(false);
    expect(isFinding(14, { seeds: [1, 2], minSeeds: 15 })).toBe(false);
    expect(isFinding(15, { seeds: [1, 2], minSeeds: 15 })).toBe(true);
  });
});
