/**
 * study-run and study-report end to end on a tiny plan (tiny preset, one iteration, two seeds): the
 * real experiment command runs, the results are resumable, and the report writes the page's data file.
 */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readStudyData } from '../formats/study/dataFile';
import { loadPlan, seedDir } from './study/planFile';
import { readResult } from './study/results';
import { studyReportCommand } from './study-report';
import { studyRunCommand } from './study-run';

const PLAN = {
  format: 'nft-playground-study-plan',
  version: 1,
  name: 'tiny-pilot',
  registered: '2026-12-03',
  purpose: 'a smoke test of the study commands',
  preset: 'tiny',
  methods: ['nft', 'rft'],
  iterations: 1,
  evalEvery: 1,
  seeds: [1, 2],
  minSeeds: 15,
  pairs: [['nft', 'rft']],
  configs: [{ name: 'noisy', flags: ['--label-noise', '0.2'] }],
  findings: [
    {
      name: 'lead',
      config: 'noisy',
      a: 'nft',
      b: 'rft',
      metric: 'greedy',
      iteration: 'final',
      question: 'a smoke test',
    },
  ],
};

let dir = '';
let planFile = '';
let out = '';
const logged: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'study-run-'));
  planFile = join(dir, 'plan.json');
  out = join(dir, 'results');
  await writeFile(planFile, JSON.stringify(PLAN));
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void logged.push(a.join(' ')));
});
afterAll(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

describe('study-run and study-report on a tiny plan', () => {
  it('runs every seed of the plan once, one result row per method, and skips them when run again', async () => {
    await studyRunCommand(['--plan', planFile, '--out', out]);
    const { plan } = await loadPlan(planFile);
    const dirs = plan.seeds.map((s) => seedDir(out, plan, plan.configs[0], s));
    const results = await Promise.all(dirs.map(readResult));
    expect(results.map((r) => r?.seed)).toEqual([1, 2]);
    for (const r of results) {
      expect(r?.rows.map((x) => x.method)).toEqual(['nft', 'rft']);
      expect(r?.rows[0].evals.map((e) => e.iteration)).toEqual([0, 1]);
      expect(r?.settings).toContain('labelNoise=0.2');
    }
    const before = await Promise.all(dirs.map((d) => stat(join(d, 'result.json'))));
    logged.length = 0;
    await studyRunCommand(['--plan', planFile, '--out', out]);
    expect(logged.join('\n')).toContain('2 done, 0 to run');
    const after = await Promise.all(dirs.map((d) => stat(join(d, 'result.json'))));
    expect(after.map((s) => s.mtimeMs)).toEqual(before.map((s) => s.mtimeMs));
  }, 180_000);

  it("reports the pair with its interval, calls 2 seeds no finding, and writes the page's data file", async () => {
    const target = join(dir, 'public', 'tiny-pilot.json');
    logged.length = 0;
    await studyReportCommand(['--plan', planFile, '--results', out, '--write', target]);
    const text = logged.join('\n');
    expect(text).toMatch(/noisy \(--label-noise 0\.2\): 2 seeds run/);
    expect(text).toMatch(
      /lead \(noisy, .*2 seeds\); nft ahead on \d of 2.*NOT a finding: 2 of the 2 planned seeds/,
    );
    const data = readStudyData(JSON.parse(await readFile(target, 'utf8')));
    if ('problem' in data) throw new Error(data.problem);
    expect(data.points.map((p) => [p.config, p.greedy.n, p.labelNoise, p.finding])).toEqual([
      ['noisy', 2, 0.2, false],
    ]);
  });

  it('refuses to write the data file while a planned seed is missing', async () => {
    const { plan } = await loadPlan(planFile);
    await rm(join(seedDir(out, plan, plan.configs[0], 2), 'result.json'));
    await expect(
      studyReportCommand(['--plan', planFile, '--results', out, '--write', join(dir, 'x.json')]),
    ).rejects.toThrow(/planned seeds have not run: noisy \(1 of 2\)/);
    // --partial writes it, the short point marked: its one seed is no finding
    const target = join(dir, 'partial.json');
    logged.length = 0;
    await studyReportCommand(['--plan', planFile, '--results', out, '--write', target, '--partial']);
    expect(logged.join('\n')).toContain('--partial: these points lack planned seeds');
    const data = readStudyData(JSON.parse(await readFile(target, 'utf8')));
    if ('problem' in data) throw new Error(data.problem);
    expect(data.points.map((p) => [p.config, p.greedy.n, p.planned, p.finding])).toEqual([
      ['noisy', 1, 2, false],
    ]);
  });
});
