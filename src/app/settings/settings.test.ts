import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from '../../formats/settings/hash';
import { defaultSettings, SETTING_KEYS, type Settings } from '../../formats/settings/table';
import { defaultView } from '../../formats/view/viewTable';
import { toRunConfig } from './runConfig';

describe('settings <-> URL hash', () => {
  it('an empty hash gives the workshop defaults and no problem', () => {
    expect(parseHash('')).toEqual({
      settings: defaultSettings('workshop'),
      view: defaultView(),
      problems: [],
    });
    expect(defaultSettings().iterations).toBe(50);
  });

  it('round-trips every setting', () => {
    const s: Settings = {
      ...defaultSettings('tiny'),
      methods: ['nft', 'sft', 'dapo'],
      seed: 4294967295,
      lr: 3e-7,
      temperature: 0.7,
      eps: 0.25,
      weighting: 'one',
      negWeight: 0.5,
      aggregation: 'token_mean',
      backend: 'wasm',
      mix: ['add1', 'chain4x2'],
      gradRollouts: 16,
      labelNoise: 0.25,
      verifier: 'offByOne',
    };
    const hash = formatHash(s);
    expect(hash).toContain('methods=nft,sft,dapo');
    for (const k of SETTING_KEYS) expect(hash).toContain(`${k}=`);
    expect(parseHash(hash)).toEqual({ settings: s, view: defaultView(), problems: [] });
    expect(parseHash(formatHash(defaultSettings()))).toEqual({
      settings: defaultSettings(),
      view: defaultView(),
      problems: [],
    });
  });

  it('takes the preset first, then the values given', () => {
    const { settings, problems } = parseHash('#lr=0.001&preset=tiny&methods=nft,rft');
    expect(problems).toEqual([]);
    expect(settings).toEqual({ ...defaultSettings('tiny'), lr: 0.001 });
  });

  it.each([
    ['lr', 'banana'],
    ['lr', '0'],
    ['lr', '1e9'],
    ['iterations', '2.5'],
    ['iterations', ''],
    ['seed', '-1'],
    ['K', '1'],
    ['methods', 'nft'],
    ['methods', 'nft,nft'],
    ['methods', 'nft,ppo'],
    ['mix', ''],
    ['mix', 'add9'],
    ['backend', 'cuda'],
    ['aggregation', 'max'],
    ['negWeight', 'NaN'],
    ['eps', 'Infinity'],
    ['gradRollouts', '17'],
    ['gradRollouts', '-1'],
    ['gradRollouts', '2.5'],
    ['labelNoise', '2'],
    ['labelNoise', '-0.1'],
    ['labelNoise', '0.6'],
    ['verifier', 'lenient'],
  ])('reports %s=%j and keeps the default', (key, raw) => {
    const { settings, problems } = parseHash(`#preset=tiny&${key}=${encodeURIComponent(raw)}`);
    expect(settings).toEqual(defaultSettings('tiny'));
    expect(problems).toHaveLength(1);
    expect(problems[0].key).toBe(key);
    expect(problems[0].message).toMatch(new RegExp(`^${key}: `));
  });

  it('reports a bad preset and falls back to workshop', () => {
    const r = parseHash('#preset=huge');
    expect(r.settings).toEqual(defaultSettings('workshop'));
    expect(r.problems.map((p) => p.key)).toEqual(['preset']);
  });

  it('reports unknown keys, including prototype names, and repeated keys', () => {
    const r = parseHash('#__proto__=1&constructor=x&toString=2&foo=bar&seed=3&seed=4');
    expect(r.settings).toEqual({ ...defaultSettings(), seed: 3 });
    expect(r.problems.map((p) => p.key)).toEqual(['__proto__', 'constructor', 'toString', 'foo', 'seed']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps hostile strings as quoted text, cut short', () => {
    const evil = `<img src=x onerror=alert(1)>"\n${'x'.repeat(100)}`;
    const r = parseHash(`#lr=${encodeURIComponent(evil)}&${encodeURIComponent(evil)}=1`);
    expect(r.problems).toHaveLength(2);
    for (const p of r.problems) {
      expect(p.message).toContain('"<img src=x onerror=alert(1)>\\"\\nxxxx');
      expect(p.message).toContain('…');
      expect(p.message.length).toBeLessThan(200);
    }
  });

  it('survives malformed percent-encoding and odd separators', () => {
    expect(() => parseHash('#lr=%E0%A4%A&&=&methods=%')).not.toThrow();
    expect(parseHash('#&&').problems).toEqual([]);
  });
});

describe('toRunConfig', () => {
  it('maps settings onto the preset, loss overrides only where chosen', () => {
    const c = toRunConfig({ ...defaultSettings('tiny'), M: 5, aggregation: 'token_mean' });
    expect(c.experiment.rollout).toMatchObject({ M: 5, K: 4, filter: true });
    expect(c.experiment.loss).toEqual({ eps: 1, negWeight: 1, aggregation: 'token_mean' });
    expect(c.experiment.methods).toEqual(['nft', 'rft']);
    expect(c.mix[0]).toEqual({ level: 'add1', weight: 1 });
  });

  it('asks for a gradient study only when gradRollouts > 0 (off by default, on every preset)', () => {
    expect(defaultSettings('tiny').gradRollouts).toBe(0);
    expect(defaultSettings('workshop').gradRollouts).toBe(0);
    expect(toRunConfig(defaultSettings('tiny')).gradients).toBeUndefined();
    expect(toRunConfig({ ...defaultSettings('tiny'), gradRollouts: 4 }).gradients).toEqual({ rollouts: 4 });
    expect(parseHash('#preset=tiny&gradRollouts=4').settings.gradRollouts).toBe(4);
  });

  it('asks for a labeler only when label noise or the biased verifier is on', () => {
    expect(toRunConfig(defaultSettings('tiny')).labels).toBeUndefined();
    expect(toRunConfig({ ...defaultSettings('tiny'), labelNoise: 0.3 }).labels).toEqual({
      noise: 0.3,
      verifier: 'exact',
    });
    expect(toRunConfig({ ...defaultSettings('tiny'), verifier: 'offByOne' }).labels).toEqual({
      noise: 0,
      verifier: 'offByOne',
    });
  });

  it('the noisy lesson preset is the workshop preset with 20% label noise; a link can still turn it off', () => {
    const noisy = parseHash('#preset=noisy').settings;
    expect(noisy).toEqual({ ...defaultSettings('workshop'), preset: 'noisy', labelNoise: 0.2 });
    expect(toRunConfig(noisy).labels).toEqual({ noise: 0.2, verifier: 'exact' });
    expect(toRunConfig(noisy).experiment).toEqual({ ...toRunConfig(defaultSettings('workshop')).experiment });
    expect(parseHash('#preset=noisy&labelNoise=0').settings.labelNoise).toBe(0);
    expect(defaultSettings('workshop').labelNoise).toBe(0);
  });
});
