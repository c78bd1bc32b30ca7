import { describe, expect, it } from 'vitest';
import { type MsgId, translate } from '../i18n/t';
import { agreementText, markWords, rHatText, verdictWords } from './cardText';

const ja = (en: MsgId, vars?: Record<string, string | number>) => translate('ja', en, vars);

describe('the labelling words in Japanese', () => {
  it('give every verdict, mark, r_hat and agreement in Japanese with the numbers in place', () => {
    expect(verdictWords({ verifierMark: true, error: 'none' }, ja)).toBe('正解');
    expect(verdictWords({ verifierMark: false, error: 'wrong_step', badStep: 2 }, ja)).toBe(
      '不正解：ステップ 2 が誤り',
    );
    for (const error of ['wrong_step', 'wrong_final', 'truncated', 'unparsable', 'none'] as const)
      expect(verdictWords({ verifierMark: false, error }, ja)).toMatch(/^不正解/);
    expect([markWords(null, ja), markWords(true, ja), markWords(false, ja)]).toEqual([
      '未判定',
      '✓ 正解',
      '✗ 不正解',
    ]);
    expect(rHatText(1, 4, ja)).toBe('r_hat 0.25（4 個中 1 個が正解）');
    expect(agreementText({ marked: 5, agree: 2 }, ja)).toBe(
      'あなたが判定した 5 個の回答のうち 2 個で検証器と一致しています',
    );
    expect(agreementText({ marked: 0, agree: 0 }, ja)).toBe('まだどの回答も判定していません。');
  });

  it('stay English without a translator', () => {
    expect(verdictWords({ verifierMark: false, error: 'unparsable' })).toBe('wrong: unparsable');
    expect(agreementText({ marked: 1, agree: 1 })).toBe(
      'You agree with the verifier on 1 of 1 answer you marked',
    );
  });
});
