import { describe, expect, it } from 'vitest';
import { lossOptionRange } from '../engine/losses/options';
import { experimentSettings } from '../formats/settings/runSettings';
import { defaultSettings } from '../formats/settings/table';
import { flagKeys, lossFlags, settingFlag, settingHelp, settingsFromFlags } from './settingArgs';

describe("the CLI's setting flags, from the settings table", () => {
  it("parses a flag with the table's field: the same range and message as a link's value", () => {
    const r = lossOptionRange('negWeight');
    expect(settingFlag({ 'neg-weight': String(r.max) }, 'negWeight', 1)).toBe(r.max);
    expect(settingFlag({}, 'negWeight', 1)).toBe(1);
    expect(() => settingFlag({ 'neg-weight': String(r.max + 0.5) }, 'negWeight', 1)).toThrow(
      `--neg-weight must be a number in [0, ${r.max}], got "${r.max + 0.5}"`,
    );
  });

  it('gives the CLI every flag of the table, parsed and described from it', () => {
    const keys = flagKeys();
    expect(keys).toContain('negWeight');
    expect(keys).not.toContain('backend'); // the CLI's backends are its own (wasm | cpu)
    const s = settingsFromFlags(
      { M: '8', 'neg-weight': '0.5', weighting: 'one' },
      defaultSettings('tiny'),
      keys,
    );
    expect(s).toEqual({ ...defaultSettings('tiny'), M: 8, negWeight: 0.5, weighting: 'one' });
    expect(experimentSettings(s).rollout.M).toBe(8);
    expect(lossFlags({ 'neg-weight': '0.5', aggregation: 'default' })).toEqual({ negWeight: 0.5 });
    expect(settingHelp(['negWeight'])).toBe(
      '  --neg-weight  negWeight (NFT): factor on the wrong-answer term; RFT is 0; [0, 10], default 1',
    );
  });
});
