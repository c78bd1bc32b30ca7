import { describe, expect, it } from 'vitest';
import { DEFAULT_LOSS_OPTIONS, lossOptionRange } from '../../engine/losses/options';
import { PRESETS } from '../../engine/train/presets';
import { armSeries } from '../sessionFile/schema';
import { formatHash, parseHash } from './hash';
import { lossOverrides, verlInput } from './runSettings';
import { defaultSettings, SETTING_KEYS, TABLE } from './table';

describe('one specification per setting', () => {
  it("takes a loss setting's range and default from the engine's loss options, for link, form and session alike (the CLI: cli/settingArgs.test.ts)", () => {
    const r = lossOptionRange('negWeight');
    const ok = (raw: string) => TABLE.negWeight.parse(raw).ok;
    expect([ok(String(r.min)), ok(String(r.max)), ok(String(r.max + 0.5)), ok('-0.1')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(defaultSettings().negWeight).toBe(DEFAULT_LOSS_OPTIONS.nft.negWeight);
    expect(parseHash(`#negWeight=${r.max + 0.5}`).problems).toHaveLength(1);
    const arm = (negWeight: number) => ({
      name: 'nft',
      method: 'nft',
      loss: { ...DEFAULT_LOSS_OPTIONS.nft, negWeight },
      iterations: [],
      evals: [],
    });
    expect(armSeries(arm(r.max), 'arm').loss.negWeight).toBe(r.max);
    expect(() => armSeries(arm(r.max + 0.5), 'arm')).toThrow(/negWeight/);
  });

  it('derives the defaults, the preset values and the lesson knobs from the entries', () => {
    const tiny = defaultSettings('tiny');
    expect(tiny.iterations).toBe(PRESETS.tiny.settings.iterations);
    expect(tiny.K).toBe(PRESETS.tiny.settings.rollout.K);
    expect(defaultSettings('noisy').labelNoise).toBe(0.2);
    const a = defaultSettings();
    a.methods.push('sft');
    expect(defaultSettings().methods).toEqual(['nft', 'rft']); // a fresh copy each time
    expect(SETTING_KEYS.filter((k) => TABLE[k].knob)).toContain('negWeight');
    expect(SETTING_KEYS.filter((k) => TABLE[k].knob)).not.toContain('methods');
  });

  it('sends the loss settings, a choice of default as nothing', () => {
    const s = defaultSettings('tiny');
    expect(lossOverrides(s)).toEqual({ eps: 1, negWeight: 1 });
    expect(lossOverrides({ ...s, weighting: 'one', eps: 0.5 })).toEqual({
      eps: 0.5,
      negWeight: 1,
      weighting: 'one',
    });
  });

  it('gives the verl export every setting but the page-only ones, plus what the preset fixes', () => {
    const v = verlInput(defaultSettings('tiny'));
    expect(Object.keys(v)).not.toContain('backend');
    expect(Object.keys(v)).not.toContain('gradRollouts');
    expect(v).toMatchObject({ negWeight: 1, M: PRESETS.tiny.settings.rollout.M, maxRounds: 3 });
  });
});

describe('a link or session file from before a setting existed', () => {
  it('still reads: each missing setting takes its default, with no problem reported', () => {
    const s = { ...defaultSettings('tiny'), seed: 9 };
    for (const k of SETTING_KEYS.filter((x) => x !== 'preset')) {
      const without = formatHash(s)
        .slice(1)
        .split('&')
        .filter((part) => !part.startsWith(`${k}=`))
        .join('&');
      const read = parseHash(`#${without}`);
      expect(read.problems, k).toEqual([]);
      expect(read.settings, k).toEqual({ ...s, [k]: defaultSettings('tiny')[k] });
    }
  });
});
