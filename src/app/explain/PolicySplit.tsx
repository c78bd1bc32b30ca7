/**
 * Explainer: the policy split of one question. Its sampled answers as bars of probability under pi_old,
 * each the right part r_hat pi_plus or the wrong part (1 - r_hat) pi_minus, then pi_theta under the arm's
 * current weights and the implicit negative policy pi_neg built from them, and which way the update
 * pushes each answer (engine/explain/split.ts).
 */
import { policySplit, type SplitBar } from '../../engine/explain/split';
import type { GroupExplanation, GroupView } from '../../worker/protocol';
import { type T, useT } from '../i18n/t';
import { direction, full, num } from './numberFormat';
import { rich } from './rich';

function Bar({ p, max, kind }: { p: number | null; max: number; kind: string }) {
  if (p === null) return <span>–</span>;
  const width = max > 0 ? Math.max(0, Math.min(1, Math.abs(p) / max)) * 100 : 0;
  return (
    <span className="explain-bar-cell">
      <span
        className={`explain-bar ${kind}${p < 0 ? ' negative' : ''}`}
        style={{ width: `${(width / 100) * 4}rem` }}
      />
      <span>{num(p)}</span>
    </span>
  );
}

function Row({ b, max, t }: { b: SplitBar; max: number; t: T }) {
  return (
    <tr data-testid="split-bar" data-correct={String(b.correct)} data-pi-old={full(b.piOld)}>
      <th scope="row">
        <code>{b.text || t('explain.empty')}</code>
        {b.count > 1 && <small> ×{b.count}</small>}
      </th>
      <td>{b.correct ? t('explain.right') : t('explain.wrong')}</td>
      <td>
        <Bar p={b.rightPart} max={max} kind="right" />
      </td>
      <td>
        <Bar p={b.wrongPart} max={max} kind="wrong" />
      </td>
      <td data-testid="split-now" data-value={full(b.piNow)}>
        <Bar p={b.piNow} max={max} kind="now" />
      </td>
      <td data-testid="split-neg" data-value={full(b.piNeg)}>
        <Bar p={b.piNeg} max={max} kind="neg" />
      </td>
      <td>{direction(b.direction, t)}</td>
    </tr>
  );
}

/** The sentence under the table: what the arm's current weights say about π_neg, and what the update does. */
function summary(t: T, ex: GroupExplanation, overshoot: number): string {
  const clause =
    overshoot === 0
      ? t('explain.negStays')
      : overshoot === 1
        ? t('explain.kAnswerHas', { k: overshoot })
        : t('explain.kAnswers', { k: overshoot });
  const vars = { n: ex.completed, arm: ex.arm, clause };
  return ex.completed === 1 ? t('explain.underWeights', vars) : t('explain.underWeightsAfter', vars);
}

export function PolicySplit({ group, ex }: { group: GroupView; ex: GroupExplanation | null }) {
  const t = useT();
  const { rHat, bars } = policySplit(
    group.answers.map((a, i) => {
      const e = ex?.answers[i];
      return {
        text: a.text,
        correct: a.correct,
        seqOld: a.probs.reduce((x, p) => x * p, 1),
        seqNow: e?.seqNow,
        weightSum: e?.tokens.reduce((s, t) => s + t.weight, 0),
      };
    }),
  );
  const max = Math.max(...bars.flatMap((b) => [b.piOld, b.piNow ?? 0, Math.abs(b.piNeg ?? 0)]), 1e-9);
  const covered = bars.reduce((s, b) => s + b.piOld, 0);
  const overshoot = bars.filter((b) => b.piNeg !== null && b.piNeg < 0).length;
  return (
    <section
      className="explain-card"
      data-testid="explain-policy-split"
      data-rhat={rHat}
      data-prompt={group.prompt}
    >
      <h3>{t('explain.policySplitTitle')}</h3>
      <p className="help">
        {rich(t('explain.questionQ'), {
          q: <code>{group.prompt}</code>,
          r: <span data-testid="split-rhat">{num(rHat)}</span>,
          n: group.answers.length,
        })}
      </p>
      <table className="explain-table">
        <caption>{t('explain.probability', { p: num(covered) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('explain.answer')}</th>
            <th scope="col">{t('explain.mark')}</th>
            <th scope="col">{t('explain.rRightPart')}</th>
            <th scope="col">{t('explain.n1RWrong')}</th>
            <th scope="col">{t('explain.now')}</th>
            <th scope="col">{t('explain.negNow')}</th>
            <th scope="col">{t('explain.nextUpdate')}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((b) => (
            <Row key={`${b.correct}${b.text}`} b={b} max={max} t={t} />
          ))}
        </tbody>
      </table>
      <p className="help" data-testid="split-summary">
        {ex ? summary(t, ex, overshoot) : t('explain.negNeedArm')}
      </p>
    </section>
  );
}
