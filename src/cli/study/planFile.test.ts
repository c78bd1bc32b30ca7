import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configSettings, experimentArgs, loadPlan, runKey, selectConfigs } from './planFile';

describe('the shipped study plans (docs/studies)', () => {
  it('the findings plan fixes seeds 1-20 and every finding issue 18 names, before any run', async () => {
    const { plan, hash } = await loadPlan('docs/studies/findings.json');
    expect(plan.seeds).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(plan.minSeeds).toBeGreaterThanOrEqual(20);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const named = plan.findings.map((f) => `${f.config}:${f.metric}:${f.iteration}`);
    expect(named).toEqual(
      expect.arrayContaining([
        'base:greedy:final',
        'noise20:greedy:final',
        'noise20:sampled:final',
        'base:entropyChange:final',
        'mu16:greedy:40',
      ]),
    );
    const noisy = configSettings(plan, selectConfigs(plan, 'noise20')[0]);
    expect([noisy.labelNoise, noisy.mu, noisy.iterations, noisy.evalEvery]).toEqual([0.2, 2, 50, 10]);
    expect(configSettings(plan, selectConfigs(plan, 'mu16')[0]).mu).toBe(16);
  });

  it('the dose-response plan has label noise 0 to 0.4 and the offByOne verifier, 10 seeds or more each', async () => {
    const { plan } = await loadPlan('docs/studies/noise-dose.json');
    expect(plan.seeds.length).toBeGreaterThanOrEqual(10);
    const points = plan.configs.map((c) => {
      const s = configSettings(plan, c);
      return `${s.labelNoise}/${s.verifier}`;
    });
    expect(points).toEqual(['0/exact', '0.1/exact', '0.2/exact', '0.3/exact', '0.4/exact', '0/offByOne']);
  });

  it('the same configuration in both plans has one run key, so their runs are shared', async () => {
    const findings = (await loadPlan('docs/studies/findings.json')).plan;
    const dose = (await loadPlan('docs/studies/noise-dose.json')).plan;
    const key = (p: typeof dose, name: string) => runKey(p, selectConfigs(p, name)[0]);
    expect(key(findings, 'noise20')).toBe(key(dose, 'noise20'));
    expect(key(findings, 'base')).toBe(key(dose, 'noise0'));
    expect(key(dose, 'noise10')).not.toBe(key(dose, 'noise20'));
  });

  it("runs each seed with the experiment command's flags, the plan's fixed ones first", async () => {
    const { plan } = await loadPlan('docs/studies/findings.json');
    const args = experimentArgs(plan, selectConfigs(plan, 'noise20')[0], 7, 'out/x');
    expect(args.join(' ')).toBe(
      '--preset workshop --methods nft,rft --iterations 50 --eval-every 10 --mu 2 --label-noise 0.2 --seed-list 7 --out out/x --quiet',
    );
    expect(() => selectConfigs(plan, 'base,nope')).toThrow(/no configuration nope/);
  });

  it('refuses a plan whose flags the experiment command does not know', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'plan-'));
    const plan = JSON.parse(await readFile('docs/studies/findings.json', 'utf8'));
    plan.configs[0].flags = ['--mu', '2', '--label-noize', '0.2'];
    await writeFile(join(dir, 'p.json'), JSON.stringify(plan));
    await expect(loadPlan(join(dir, 'p.json'))).rejects.toThrow(/configuration base: .*label-noize/);
    plan.configs[0].flags = ['--label-noise', '0.9'];
    await writeFile(join(dir, 'p.json'), JSON.stringify(plan));
    await expect(loadPlan(join(dir, 'p.json'))).rejects.toThrow(/label-noise/);
  });
});
