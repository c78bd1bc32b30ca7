/**
 * The words of the labelling panel, pure: how a verifier's verdict reads on a card, an answer split into
 * its worked steps and final result, r_hat per question and the agreement with the verifier.
 */
import type { LabelRecord } from '../../engine/labels/record';
import type { Agreement } from '../../engine/labels/summary';

/** The verifier's mark in words, with how a wrong answer is wrong. */
export function verdictWords(r: Pick<LabelRecord, 'verifierMark' | 'error' | 'badStep'>): string {
  if (r.verifierMark) return 'right';
  switch (r.error) {
    case 'wrong_step':
      return r.badStep === undefined ? 'wrong: a wrong step' : `wrong: step ${r.badStep} is wrong`;
    case 'wrong_final':
      return 'wrong: wrong final result';
    case 'truncated':
      return 'wrong: truncated (no end of answer)';
    case 'unparsable':
      return 'wrong: unparsable';
    default:
      return 'wrong';
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

export function markWords(mark: boolean | null): string {
  return mark === null ? 'not marked yet' : mark ? '✓ right' : '✗ wrong';
}

export function rHatText(right: number, n: number): string {
  return `r_hat ${(n ? right / n : 0).toFixed(2)} (${right} of ${n} right)`;
}

export function agreementText(a: Agreement): string {
  if (a.marked === 0) return 'You have not marked any answer yet.';
  return `You agree with the verifier on ${a.agree} of ${a.marked} answer${a.marked === 1 ? '' : 's'} you marked`;
}
