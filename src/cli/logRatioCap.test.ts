/**
 * The log-ratio cap, added to the settings as one table entry, reaches the link, the session file, the
 * CLI and every arm's loss options (the form's input is the table's field: settingsText.test.ts checks
 * its label and help in both languages; the loss reads opts.logRatioCap).
 */
import { describe, expect, it } from 'vitest';
import { resolveOptions } from '../engine/losses/options';
import { readSession, sessionJson } from '../formats/sessionFile/format';
import { formatHash, parseHash } from '../formats/settings/hash';
import { runConfigOf, verlInput } from '../formats/settings/runSettings';
import { defaultSettings, TABLE } from '../formats/settings/table';
import { flagKeys, lossFlags, settingHelp, settingsFromFlags } from './settingArgs';

describe('a new loss setting from one table entry: the log-ratio cap', () => {
  it('is in the link, refused out of its range, and defaults to the loss default', () => {
    expect(defaultSettings().logRatioCap).toBe(resolveOptions('nft').logRatioCap);
    expect(parseHash('#logRatioCap=2').settings.logRatioCap).toBe(2);
    expect(parseHash('#logRatioCap=0').problems[0].message).toMatch(
      /logRatioCap: must be a number in \(0, 80\]/,
    );
    expect(formatHash({ ...defaultSettings(), logRatioCap: 2 })).toContain('&logRatioCap=2&');
    expect(TABLE.logRatioCap.input).toBe('number');
  });

  it('reaches every arm of a run, RFT included, and the verl input', () => {
    const config = runConfigOf({ ...defaultSettings('tiny'), logRatioCap: 2 });
    expect(config.experiment.loss.logRatioCap).toBe(2);
    for (const m of config.experiment.methods)
      expect(resolveOptions(m, config.experiment.loss, { shared: true }).logRatioCap).toBe(2);
    expect(verlInput({ ...defaultSettings('tiny'), logRatioCap: 2 }).logRatioCap).toBe(2);
  });

  it('is a CLI flag, parsed and described from the table', () => {
    expect(flagKeys()).toContain('logRatioCap');
    expect(lossFlags({ 'log-ratio-cap': '2' })).toEqual({ logRatioCap: 2 });
    expect(settingsFromFlags({ 'log-ratio-cap': '3' }, defaultSettings(), flagKeys()).logRatioCap).toBe(3);
    expect(() => lossFlags({ 'log-ratio-cap': '81' })).toThrow('--log-ratio-cap must be a number in (0, 80]');
    expect(settingHelp(['logRatioCap'])).toContain('--log-ratio-cap');
  });

  it('travels in the session file', () => {
    const settings = { ...defaultSettings('tiny'), logRatioCap: 2 };
    const text = sessionJson({ settings, batches: [], run: null }, new Date(0));
    const read = readSession(text);
    expect(read.ok && read.content.settings.logRatioCap).toBe(2);
  });
});
