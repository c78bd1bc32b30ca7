import { describe, expect, it } from 'vitest';
import { parseHash } from '../../formats/settings/hash';
import { VIEW_KEYS } from '../../formats/view/viewTable';
import { sameRun } from './sync';

const RUN = '#preset=tiny&methods=nft,rft&seed=3&iterations=2';
const VIEW: Record<(typeof VIEW_KEYS)[number], string> = {
  lang: 'ja',
  lesson: 'negatives',
  hide: 'lr,perf',
  explain: 'weight-ratio',
};

describe('a link that changes only view keys makes the same run', () => {
  it.each(VIEW_KEYS)('%s', (key) => {
    const a = parseHash(RUN);
    const b = parseHash(`${RUN}&${key}=${VIEW[key]}`);
    expect(b.problems).toEqual([]);
    expect(b.view[key]).not.toEqual(a.view[key]);
    expect(sameRun(a.settings, b.settings)).toBe(true);
  });

  it('and one that changes a setting does not', () => {
    expect(sameRun(parseHash(RUN).settings, parseHash(RUN.replace('seed=3', 'seed=4')).settings)).toBe(false);
    expect(sameRun(parseHash(RUN).settings, parseHash(`${RUN}&lr=0.001`).settings)).toBe(false);
  });
});
