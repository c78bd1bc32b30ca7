import { describe, expect, it } from 'vitest';
import type { Method } from '../../engine/losses/options';
import { armStyles } from './armStyle';

describe('armStyles', () => {
  it('every arm of a run with labelled arms gets its own colour, dash and shape', () => {
    const arms: { name: string; method: Method }[] = [
      { name: 'nft', method: 'nft' },
      { name: 'rft', method: 'rft' },
      { name: 'nft-labels', method: 'nft' },
      { name: 'rft-labels', method: 'rft' },
      { name: 'grpo', method: 'grpo' },
      { name: 'dapo', method: 'dapo' },
    ];
    const s = armStyles(arms);
    for (const key of ['colour', 'dash', 'shape'] as const)
      expect(new Set(s.map((a) => a[key])).size, key).toBe(arms.length);
    expect(s[0].colour).toBe('#0072B2');
    expect(s[2].colour).not.toBe(s[0].colour);
  });
});
