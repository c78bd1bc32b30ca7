/**
 * Explainer: the policy split of one question. Its sampled answers as bars of probability under pi_old,
 * each the right part r_hat pi_plus or the wrong part (1 - r_hat) pi_minus, then pi_theta under the arm's
 * current weights and the implicit negative policy pi_neg built from them, and which way the update
 * pushes each answer (engine/explain/split.ts).
 */
import { policySplit, type SplitBar } from '../../engine/explain/split';
import type { GroupExplanation, GroupView } from '../../worker/protocol';
import { direction, full, num } from './format';

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

function Row({ b, max }: { b: SplitBar; max: number }) {
  return (
    <tr data-testid="split-bar" data-correct={String(b.correct)} data-pi-old={full(b.piOld)}>
      <th scope="row">
        <code>{b.text || '(empty)'}</code>
        {b.count > 1 && <small> ×{b.count}</small>}
      </th>
      <td>{b.correct ? '✓ right' : '✗ wrong'}</td>
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
      <td>{direction(b.direction)}</td>
    </tr>
  );
}

export function PolicySplit({ group, ex }: { group: GroupView; ex: GroupExplanation | null }) {
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
      <h3>The policy split</h3>
      <p className="help">
        Question <code>{group.prompt}</code>: r̂ = <span data-testid="split-rhat">{num(rHat)}</span> of its{' '}
        {group.answers.length} answers are right. The model's answer distribution π_old splits into a right
        part r̂·π+ (π_old on right answers) and a wrong part (1 − r̂)·π− (π_old on wrong ones). NFT builds the
        implicit negative policy π_neg = (π_old − r̂·π_θ) / (1 − r̂) from the same network and fits it to the
        wrong answers: raising π_neg on a wrong answer means lowering π_θ there, so π_θ moves toward π+.
      </p>
      <table className="explain-table">
        <caption>
          Probability of each whole answer (product of its token probabilities). The sampled answers cover{' '}
          {num(covered)} of π_old; the rest lies on answers not sampled.
        </caption>
        <thead>
          <tr>
            <th scope="col">answer</th>
            <th scope="col">mark</th>
            <th scope="col">r̂·π+ (right part)</th>
            <th scope="col">(1 − r̂)·π− (wrong part)</th>
            <th scope="col">π_θ now</th>
            <th scope="col">π_neg now</th>
            <th scope="col">next update on π_θ</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((b) => (
            <Row key={`${b.correct}${b.text}`} b={b} max={max} />
          ))}
        </tbody>
      </table>
      <p className="help" data-testid="split-summary">
        {ex
          ? `Under the weights after ${ex.completed} iteration${ex.completed === 1 ? '' : 's'} of ${ex.arm}, ` +
            (overshoot > 0
              ? `${overshoot} answer${overshoot === 1 ? ' has' : 's have'} π_θ > π_old / r̂, so π_neg < 0 there: NFT floors that ratio at eps instead of taking the log of a negative number.`
              : 'π_neg stays ≥ 0 on every sampled answer (π_θ < π_old / r̂).') +
            ` The update raises π_θ on right answers and lowers it on wrong ones, by the sums of their token weights (token view).`
          : 'π_θ and π_neg need the arm’s current weights: waiting for the engine.'}
      </p>
    </section>
  );
}
