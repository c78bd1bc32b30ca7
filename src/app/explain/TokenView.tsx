/**
 * Explainer: one answer token by token: its probability when it was sampled (pi_old, the rollout's), under
 * the arm's current weights (pi_theta), the ratio R, and the gradient weight the arm's method gives it
 * now and gave it on the rollout's first update (R = 1).
 */
import type { GroupExplanation, GroupView } from '../../worker/protocol';
import { EOS_MARK } from '../../worker/protocol';
import { full, num } from './format';

export function TokenView(props: {
  group: GroupView;
  ex: GroupExplanation | null;
  answer: number;
  onAnswer: (i: number) => void;
}) {
  const { group, ex, answer } = props;
  const a = group.answers[answer];
  const e = ex?.answers[answer];
  return (
    <section className="explain-card" data-testid="explain-token-view" data-answer={answer}>
      <h3>Token by token</h3>
      <p className="help">
        For each token of one answer: the probability the model gave it when the answer was sampled (π_old),
        the probability under{' '}
        {ex ? `${ex.arm}'s weights now (after ${ex.completed} iterations)` : 'the current weights'}, their
        ratio R, and the gradient weight {ex ? ex.method : 'the method'} gives the token (d loss / d log π,
        before the batch's aggregation; negative pushes the token up). On the rollout's first update R = 1.
      </p>
      <label>
        Answer{' '}
        <select
          data-testid="token-answer"
          value={answer}
          onChange={(ev) => props.onAnswer(Number(ev.target.value))}
        >
          {group.answers.map((x, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: answers of a rollout never move
            <option key={i} value={i}>
              {i + 1}: {x.text || '(empty)'} {x.correct ? '✓ right' : '✗ wrong'}
            </option>
          ))}
        </select>
      </label>
      <table className="explain-table">
        <caption>
          Answer {answer + 1} <code>{a.text || '(empty)'}</code>, marked {a.correct ? '✓ right' : '✗ wrong'}
        </caption>
        <thead>
          <tr>
            <th scope="col">token</th>
            <th scope="col">π_old</th>
            <th scope="col">π_θ now</th>
            <th scope="col">R</th>
            <th scope="col">weight now</th>
            <th scope="col">weight at R = 1</th>
          </tr>
        </thead>
        <tbody>
          {a.tokens.map((tok, i) => {
            const t = e?.tokens[i];
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: a token is its position in a fixed answer
              <tr key={i} data-testid="token-row" data-old={full(a.probs[i])} data-now={full(t?.prob)}>
                <th scope="row">
                  <code>{tok === EOS_MARK ? `${EOS_MARK} end` : tok}</code>
                </th>
                <td>{num(a.probs[i])}</td>
                <td>{num(t?.prob)}</td>
                <td data-value={full(t?.R)}>{num(t?.R)}</td>
                <td data-testid="token-weight" data-value={full(t?.weight)}>
                  {num(t?.weight)}
                </td>
                <td data-value={full(t?.weightFirst)}>{num(t?.weightFirst)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
