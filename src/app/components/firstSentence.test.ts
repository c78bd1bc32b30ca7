import { describe, expect, it } from 'vitest';
import { splitFirstSentence } from './firstSentence';

describe('a long note folded after its first sentence', () => {
  it('splits English and Japanese sentences', () => {
    expect(splitFirstSentence('One (a, b). Two. Three.')).toEqual({
      first: 'One (a, b).',
      rest: 'Two. Three.',
    });
    expect(splitFirstSentence('一つ目。二つ目。')).toEqual({ first: '一つ目。', rest: '二つ目。' });
  });

  it('keeps a single sentence whole, with nothing to fold', () => {
    expect(splitFirstSentence('Only one.')).toEqual({ first: 'Only one.', rest: '' });
    expect(splitFirstSentence('no full stop')).toEqual({ first: 'no full stop', rest: '' });
  });
});
