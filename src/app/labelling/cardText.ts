/**
 * The words of the labelling panel, pure: how a verifier's verdict reads on a card, an answer split into
 * its worked steps and final result, r_hat per question and the agreement with the verifier.
 */
import type { LabelRecord } from '../../engine/labels/record';
import type { Agreement } from '../../engine/labels/summary';
import { type T, translate } from '../i18n/t';

/** English, for callers (and tests) that pass no translator. */
const EN: T = (en, vars) => translate('en', en, vars);

/** The verifier's mark in words, with how a wrong answer is wrong. */
export function verdictWords(r: Pick<LabelRecord, 'verifierMark' | 'error' | 'badStep'>, t: T = EN): string {
  if (r.verifierMark) return t('charts.right');
  switch (r.error) {
    case 'wrong_step':
      return r.badStep === undefined ? t('labels.wrongWrong') : t('labels.wrongStep', { n: r.badStep });
    case 'wrong_final':
      return t('labels.wrongWrongFinal');
    case 'truncated':
      return t('labels.wrongTruncated');
    case 'unparsable':
      return t('charts.wrongUnparsable');
    default:
      return t('charts.wrong');
  }
}

/** An answer's worked steps (all but the last ';' part) and its final result (after the last '='). */
export function answerParts(output: string): { steps: string[]; final: string } {
  const parts = output.split(';');
  const last = parts.at(-1) ?? '';
  const eq = last.lastIndexOf('=');
  return {
    steps: [...parts.slice(0, -1), ...(eq >= 0 ? [last] : [])],
    final: eq >= 0 ? last.slice(eq + 1) : last,
  };
}

export function markWords(mark: boolean | null, t: T = EN): string {
  return mark === null ? t('labels.notMarked') : mark ? t('explain.right') : t('explain.wrong');
}

/**
 * A chip's name for screen readers: which answer, its final result, the mark it trains on and whose
 * mark that is; pressing the chip flips it.
 */
export function chipName(
  r: Pick<LabelRecord, 'answer' | 'verifierMark' | 'personMark'>,
  final: string,
  t: T = EN,
): string {
  const vars = { n: r.answer + 1, f: final === '' ? t('labels.none') : final };
  if (r.personMark === null)
    return r.verifierMark ? t('labels.answerNFinal', vars) : t('labels.answerNFinalResult', vars);
  return r.personMark ? t('labels.answerNFinalResultF', vars) : t('labels.answerNFinalResultFYou', vars);
}

export function rHatText(right: number, n: number, t: T = EN): string {
  return t('labels.rHatRKNRight', { r: (n ? right / n : 0).toFixed(2), k: right, n });
}

export function agreementText(a: Agreement, t: T = EN): string {
  if (a.marked === 0) return t('labels.youHaveNot');
  const vars = { k: a.agree, n: a.marked };
  return a.marked === 1 ? t('labels.youAgree', vars) : t('labels.youAgreeVerifier', vars);
}
