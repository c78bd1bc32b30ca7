/**
 * Pure helpers of the rollout view: how a token's probability shades it, and the words next to each
 * question and answer. Kept apart from the component so they are unit-tested in Node.
 */
import type { AnswerView, GroupView } from '../../worker/protocol';
import { EN } from '../charts/describe';
import type { T } from '../i18n/t';

/** Questions shown before "show all": enough to see kept and dropped groups side by side. */
export const SHOW_FIRST = 6;

/** A probability clamped to [0, 1] (NaN counts as 0): the token's background opacity. */
export function tokenAlpha(p: number): number {
  return Number.isFinite(p) ? Math.min(1, Math.max(0, p)) : 0;
}

/**
 * The token's background: one hue whose opacity is the probability, so a sure token is solid and a
 * long shot nearly blank. Capped below full strength so dark text stays readable on it.
 */
export function tokenBackground(p: number): string {
  return `rgba(66, 133, 244, ${(0.75 * tokenAlpha(p)).toFixed(3)})`;
}

/** Three significant digits: '0.934', '0.0123', '1.00'. */
export function probText(p: number): string {
  return Number.isFinite(p) ? p.toPrecision(3) : '?';
}

/** r_hat with the count it comes from: '0.50 (2 of 4 right)'. */
export function rHatText(rHat: number, K: number, t: T = EN): string {
  return t('charts.rNKRight', { r: rHat.toFixed(2), n: Math.round(rHat * K), k: K });
}

/** What happened to a question: trained on, or dropped by the filter and why. */
export function groupStatus(g: GroupView, t: T = EN): string {
  if (g.kept) return g.firstRound ? t('charts.keptTrains') : t('charts.keptTrainsLater');
  if (g.rHat >= 1) return t('charts.droppedAll');
  if (g.rHat <= 0) return t('charts.droppedAllWrong');
  return t('charts.notUsed');
}

/**
 * The verifier's verdict (worker/protocol.ts AnswerView.verdict: the engine's English phrase, from
 * describeVerdict in engine/tasks/verify.ts) in the page's language; an unknown phrase stays as it is.
 */
export function verdictText(verdict: string, t: T = EN): string {
  const step = /^wrong: step (\d+)$/.exec(verdict);
  if (step) return t('charts.wrongStep', { n: step[1] });
  switch (verdict) {
    case 'right':
      return t('charts.right');
    case 'wrong':
      return t('charts.wrong');
    case 'wrong: truncated':
      return t('charts.wrongTruncated');
    case 'wrong: unparsable':
      return t('charts.wrongUnparsable');
    case 'wrong: a middle step':
      return t('charts.wrongMiddle');
    case 'wrong: final answer':
      return t('charts.wrongFinal');
    default:
      return verdict;
  }
}

/**
 * The words after an answer: how a wrong one is wrong, and where the training mark disagrees with the
 * verifier (user labels or label noise). Null for a right answer the verifier agrees with.
 */
export function answerNote(a: AnswerView, t: T = EN): string | null {
  const verdict = verdictText(a.verdict, t);
  if (a.correct === a.verified) return a.correct ? null : verdict;
  return a.correct
    ? t('charts.markedRightVerifier', { verdict })
    : t('charts.markedWrongVerifier', { verdict: t('charts.right') });
}

/** The groups to render: all, or the first `n`. */
export function visibleGroups<T>(groups: readonly T[], showAll: boolean, n = SHOW_FIRST): readonly T[] {
  return showAll || groups.length <= n ? groups : groups.slice(0, n);
}
