import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from '../settings/hash';
import { defaultSettings } from '../settings/table';
import { defaultView, isHidden } from './viewTable';

describe('the view in the link', () => {
  it('is left out of plain links and round-trips when set', () => {
    const s = defaultSettings('tiny');
    expect(formatHash(s)).not.toMatch(/lang=|lesson=|hide=|explain=/);
    const view = {
      lang: 'ja' as const,
      lesson: 'noisy' as const,
      hide: ['lr', 'perf'],
      explain: 'weight-ratio' as const,
    };
    const hash = formatHash(s, view);
    expect(hash).toMatch(/&lang=ja&lesson=noisy&hide=lr,perf&explain=weight-ratio$/);
    expect(parseHash(hash)).toEqual({ settings: s, view, problems: [] });
  });

  it('reports bad view values and keeps the default view for them, without touching the settings', () => {
    const r = parseHash('#preset=tiny&lang=xx&hide=lr,nonsense&explain=magic&lesson=negatives');
    expect(r.settings).toEqual(defaultSettings('tiny'));
    expect(r.view).toEqual({ ...defaultView(), lesson: 'negatives' });
    expect(r.problems.map((p) => p.key)).toEqual(['lang', 'hide', 'explain']);
    expect(r.problems[1].message).toContain('unknown control or panel "nonsense"');
  });

  it('hides settings inputs and panels by id', () => {
    const view = { ...defaultView(), hide: ['lr', 'rollout'] };
    expect(isHidden(view, 'lr')).toBe(true);
    expect(isHidden(view, 'rollout')).toBe(true);
    expect(isHidden(view, 'mu')).toBe(false);
  });
});
