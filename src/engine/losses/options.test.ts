import { describe, expect, it } from 'vitest';
import type { Gpt } from '../model/gpt';
import { Experiment, type ExperimentSettings } from '../train/experiment';
import { PRESETS } from '../train/presets';
import {
  LOSS_OPTION_KEYS,
  LOSS_OPTION_SPEC,
  METHODS,
  RFT_RULE,
  resolveOptions,
  validateLossOptions,
} from './options';

describe('the one loss-option resolver', () => {
  it("applies RFT's rule to options shared by every arm, and leaves an rft's own options to the check", () => {
    const shared = resolveOptions('rft', { negWeight: 2, eps: 0.5 }, { shared: true });
    expect(shared).toMatchObject({ ...RFT_RULE, eps: 0.5 });
    expect(validateLossOptions(shared, 'rft')).toEqual([]);
    const own = resolveOptions('rft', { negWeight: 2 });
    expect(own.negWeight).toBe(2);
    expect(validateLossOptions(own, 'rft')).toEqual(['rft is nft with negWeight 0, got negWeight 2']);
    for (const m of METHODS.filter((x) => x !== 'rft'))
      expect(resolveOptions(m, { negWeight: 2 }, { shared: true }).negWeight).toBe(2);
  });

  it('checks every option against its one range, both ends', () => {
    expect(LOSS_OPTION_KEYS).toHaveLength(Object.keys(resolveOptions('nft')).length);
    const o = resolveOptions('nft');
    expect(validateLossOptions({ ...o, negWeight: 10 })).toEqual([]);
    expect(validateLossOptions({ ...o, negWeight: 10.5 })).toEqual([
      'negWeight must be >= 0 and <= 10, got 10.5',
    ]);
    expect(LOSS_OPTION_SPEC.negWeight).toEqual({ kind: 'number', range: { min: 0, max: 10 } });
    expect(validateLossOptions({ ...o, logRatioCap: 80 })).toEqual([]);
    expect(validateLossOptions({ ...o, logRatioCap: 81 })[0]).toMatch(/logRatioCap must be > 0 and <= 80/);
  });
});

describe('the training path', () => {
  const settings: ExperimentSettings = { ...PRESETS.tiny.settings, methods: ['nft', 'rft'], seed: 1 };
  // Refused before the first arm clones the base: no model is needed.
  const noModel = {} as Gpt;
  const mix = [{ level: 'add1', weight: 1 }];

  it('refuses options the loss would not accept before any arm trains', async () => {
    await expect(Experiment.create(noModel, mix, { ...settings, loss: { negWeight: -1 } })).rejects.toThrow(
      'arm nft: negWeight must be >= 0 and <= 10, got -1',
    );
    await expect(Experiment.create(noModel, mix, { ...settings, loss: { eps: 0 } })).rejects.toThrow(/eps/);
  });
});
