import { describe, expect, it } from 'vitest';
import type { IterationMetrics } from '../../worker/protocol';
import { type MsgId, translate } from '../i18n/t';
import { labelledNote } from './labelledNote';

const it0 = { drawn: 4, droppedAllRight: 1, droppedAllWrong: 2, keptQuestions: 1 } as IterationMetrics;

describe('labelledNote', () => {
  it('says nothing without labelled arms', () => {
    expect(labelledNote([{ name: 'nft', iterations: [it0] }])).toBeNull();
  });

  it('names the labelled arms, says what wrong marks do, that answers are reused, and what was dropped', () => {
    const arms = [
      { name: 'nft', iterations: [] },
      { name: 'nft-labels', iterations: [] },
      { name: 'rft-labels', iterations: [] },
    ];
    const before = labelledNote(arms) ?? '';
    expect(before).toMatch(/^nft-labels, rft-labels train on your labelled batch/);
    expect(before).toContain("Answers you marked wrong go to NFT's negative term and are dropped by RFT.");
    expect(before).toContain('no longer fresh samples from the current model.');
    expect(before).not.toContain('dropped, as');
    arms[1].iterations = [it0] as never;
    expect(labelledNote(arms)).toContain(
      'Of its 4 questions, 1 had every answer marked right and 2 every answer marked wrong: dropped',
    );
  });

  it('reads in Japanese with the given translator, numbers and arm names kept', () => {
    const ja = (en: MsgId, vars?: Record<string, string | number>) => translate('ja', en, vars);
    const arms = [{ name: 'nft-labels', iterations: [it0] }];
    const text = labelledNote(arms, ja) ?? '';
    expect(text).toMatch(/^nft-labels は、/);
    expect(text).toContain('バッチの 4 問のうち、1 問はすべての回答が正解、2 問はすべての回答が不正解');
    expect(text).toContain('（学習に使われるのは 1 問）');
    expect(text).not.toMatch(/train on|dropped/);
    expect(labelledNote([{ name: 'nft-labels', iterations: [] }], ja)).not.toContain('バッチの');
  });
});
