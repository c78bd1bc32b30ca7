import { afterEach, describe, expect, it, vi } from 'vitest';
import { RFT_W1, studyArms, studySeed } from '../engine/analysis/runStudy';
import { DEFAULT_LOSS_OPTIONS } from '../engine/losses/options';
import { parseHash } from '../formats/settings/hash';
import { runConfigOf } from '../formats/settings/runSettings';
import { useBackend } from '../node/backend';
import { loadCheckpoint } from '../node/checkpoint-fs';
import type { GradientReport, RunEvent } from '../worker/protocol';
import { Runner } from '../worker/runner';
import { gradientsCommand, parseArms } from './gradientsCommand';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the study plan shared by the app and the CLI', () => {
  it('adds RFT (w = 1) next to NFT unless an arm is it, and leaves SFT out', () => {
    const names = (spec: string, o = {}) => studyArms(parseArms(spec, o), o).map((a) => a.name);
    expect(names('nft,rft')).toEqual(['nft', 'rft', RFT_W1]);
    expect(names('nft,rft:one')).toEqual(['nft', 'rft:one']);
    expect(names('nft,rft', { weighting: 'one' })).toEqual(['nft', 'rft']); // the run's rft is w = 1
    expect(names('grpo,dapo')).toEqual(['grpo', 'dapo']);
    expect(names('nft,sft')).toEqual(['nft', RFT_W1]);
    const ref = studyArms(parseArms('nft', { eps: 0.5, aggregation: 'token_mean' }), {
      eps: 0.5,
      aggregation: 'token_mean',
    })[1];
    expect(ref.loss).toEqual({
      ...DEFAULT_LOSS_OPTIONS.rft,
      eps: 0.5,
      aggregation: 'token_mean',
      weighting: 'one',
    });
  });

  it('derives the study seed from the run seed and the iteration only', () => {
    expect(studySeed(3, 0)).toBe(studySeed(3, 0));
    const seeds = new Set([studySeed(3, 0), studySeed(3, 1), studySeed(4, 0), studySeed(0, 0)]);
    expect(seeds.size).toBe(4);
    for (const s of seeds) expect(s).toBe(s >>> 0);
  });
});

/** The gradient reports a link's run sends in one step (the app's path: link -> settings -> RunConfig -> runner). */
async function appReports(link: string): Promise<GradientReport[]> {
  await useBackend('wasm');
  const { settings } = parseHash(link);
  const { model } = await loadCheckpoint('public/models/base');
  const events: RunEvent[] = [];
  const runner = new Runner(
    () => model,
    (e) => events.push(e),
    false,
  );
  await runner.configure(1, runConfigOf(settings));
  await runner.step(1);
  runner.dispose();
  model.dispose();
  return events.flatMap((e) => (e.type === 'gradients' ? [e.report] : [])) as GradientReport[];
}

/** `gradients --json ARGS` run in this process (the CLI's path), parsed. */
async function cliJson(args: string) {
  const lines: string[] = [];
  const spy = vi.spyOn(console, 'log').mockImplementation((...xs: unknown[]) => {
    lines.push(xs.join(' '));
  });
  await gradientsCommand(`${args} --json`.split(' '));
  spy.mockRestore();
  return JSON.parse(lines.join('\n'));
}

describe('app and CLI give the same numbers', () => {
  it("the worker's iteration-0 study for a link equals `gradients --json` with the same settings", async () => {
    const app = await appReports('#preset=tiny&methods=nft,rft&mix=add1,add2&seed=3&gradRollouts=4');
    expect(app.map((g) => g.iteration)).toEqual([0, 1]);
    const cli = await cliJson('--preset tiny --mix add1,add2 --seed 3 --methods nft,rft --rollouts 4');
    expect(cli.plan.iteration).toBe(0);
    expect(cli.plan.studySeed).toBe(studySeed(3, 0));
    expect(cli.study.methods.map((m: { name: string }) => m.name)).toEqual(['nft', 'rft', RFT_W1]);
    expect(cli.study).toEqual(app[0].study); // bit for bit: the same engine function on the same backend
    expect(app[1].study).not.toEqual(app[0].study); // a later evaluation: other weights, other seed
  });

  it('with noisy marks, the study takes the gradients on the marks the arms train on, in app and CLI alike', async () => {
    const app = await appReports(
      '#preset=tiny&methods=nft,rft&mix=add1,add2&seed=3&gradRollouts=3&labelNoise=0.4',
    );
    const args = '--preset tiny --mix add1,add2 --seed 3 --methods nft,rft --rollouts 3';
    const noisy = await cliJson(`${args} --label-noise 0.4`);
    expect(noisy.plan.labels).toEqual({ noise: 0.4, verifier: 'exact' });
    expect(noisy.study).toEqual(app[0].study);
    const exact = await cliJson(args);
    expect(exact.study).not.toEqual(noisy.study); // the flipped marks change the gradients
  });
});
