/**
 * The verifier: grades a model's answer to a question and says how it went wrong.
 *
 * The final result is the text after the last '=' (or the whole text when there is none) and must be a
 * canonical integer. Correctness depends on the final result only. For wrong chain answers the steps
 * are compared with the gold worked solution, so a wrong middle step can be told from a wrong ending.
 */

import type { Question } from './levels';

export type ErrorKind = 'none' | 'truncated' | 'unparsable' | 'wrong_step' | 'wrong_final';

export interface Verdict {
  correct: boolean;
  /** The parsed final result, or null when the answer was truncated or unparsable. */
  final: number | null;
  error: ErrorKind;
  /** 1-based index of the first wrong step, for 'wrong_step'. */
  badStep?: number;
}

const CANONICAL_INT = /^-?(0|[1-9][0-9]*)$/;

/** The final-result text of an answer: after the last '=', else the whole answer. */
export function finalText(answerText: string): string {
  const eq = answerText.lastIndexOf('=');
  return eq === -1 ? answerText : answerText.slice(eq + 1);
}

/** Parses a canonical integer ('0', '46', '-10'; not '', '-0', '046', '+4', '46;'); null otherwise. */
export function parseFinal(text: string): number | null {
  if (!CANONICAL_INT.test(text) || text === '-0') return null;
  return Number(text);
}

/** 0-based index of the first answer step that differs from the gold step, or -1 if none differ. */
function firstDifferingStep(answerText: string, goldAnswer: string): number {
  const got = answerText.split(';');
  const gold = goldAnswer.split(';');
  const n = Math.max(got.length, gold.length);
  for (let i = 0; i < n; i++) if (got[i] !== gold[i]) return i;
  return -1;
}

/**
 * Grades an answer. `answerText` is the decoded answer up to (not including) EOS; `truncated` means
 * the model never produced EOS within its budget, which always makes the answer wrong.
 */
export function verify(q: Question, answerText: string, truncated: boolean): Verdict {
  if (truncated) return { correct: false, final: null, error: 'truncated' };
  const text = finalText(answerText);
  const final = parseFinal(text);
  if (final === null) return { correct: false, final: null, error: 'unparsable' };
  // The final text is canonical, so comparing strings is an exact integer comparison at any size.
  if (text === String(q.result)) return { correct: true, final, error: 'none' };
  if (q.level.startsWith('chain')) {
    const goldSteps = q.answer.split(';').length;
    const i = firstDifferingStep(answerText, q.answer);
    // A difference first showing at (or after) the last gold step is a wrong ending, not a wrong step.
    if (i !== -1 && i < goldSteps - 1) return { correct: false, final, error: 'wrong_step', badStep: i + 1 };
  }
  return { correct: false, final, error: 'wrong_final' };
}

/** A short English phrase for a verdict: 'right', 'wrong: truncated', 'wrong: step 2', ... */
export function describeVerdict(v: Verdict): string {
  switch (v.error) {
    case 'none':
      return v.correct ? 'right' : 'wrong';
    case 'truncated':
      return 'wrong: truncated';
    case 'unparsable':
      return 'wrong: unparsable';
    case 'wrong_step':
      return v.badStep === undefined ? 'wrong: a middle step' : `wrong: step ${v.badStep}`;
    case 'wrong_final':
      return 'wrong: final answer';
  }
}
