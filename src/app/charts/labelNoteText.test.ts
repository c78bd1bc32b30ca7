import { describe, expect, it } from 'vitest';
import type { IterationMetrics } from '../../worker/protocol';
import { flippedShare, labelNote } from './labelNoteText';

const it_ = (flipped: number, answers: number) =>
  ({
    errors: { none: answers, truncated: 0, unparsable: 0, wrong_step: 0, wrong_final: 0 },
    flipped,
  }) as IterationMetrics;
const sft = {} as IterationMetrics;

describe('labelNote', () => {
  it('says nothing with the exact verifier and no noise', () => {
    expect(labelNote(0, 'exact', [{ iterations: [it_(1, 4)] }])).toBeNull();
  });

  it('counts flipped marks over every arm, leaving out arms with no verdicts (SFT)', () => {
    expect(flippedShare([{ iterations: [it_(1, 4), it_(0, 4)] }, { iterations: [it_(3, 8), sft] }])).toBe(
      0.25,
    );
    expect(flippedShare([{ iterations: [sft] }])).toBeUndefined();
  });

  it('states the share flipped and what NFT and RFT do with wrong marks', () => {
    const s = labelNote(0.3, 'exact', [{ iterations: [it_(1, 4)] }]);
    expect(s).toContain("Marks are noisy (label noise 30.0%): 25.0% of answers' marks were flipped.");
    expect(s).toContain('NFT trains on wrong-marked answers as negatives, RFT drops them');
    expect(labelNote(0, 'offByOne', [])).toContain(
      'Marks are biased (the verifier also accepts a final result off by one): no answers marked yet.',
    );
  });
});
