/**
 * Explainer: one answer token by token: its probability when it was sampled (pi_old, the rollout's), under
 * the arm's current weights (pi_theta), the ratio R, and the gradient weight the arm's method gives it
 * now and gave it on the rollout's first update (R = 1).
 */
import type { GroupExplanation, GroupView } from '../../worker/protocol';
import { EOS_MARK } from '../../worker/protocol';
import { useT } from '../i18n/t';
import { full, num } from './numberFormat';
import { rich } from './rich';

export function TokenView(props: {
  group: GroupView;
  ex: GroupExplanation | null;
  answer: number;
  onAnswer: (i: number) => void;
}) {
  const { group, ex, answer } = props;
  const t = useT();
  const a = group.answers[answer];
  const e = ex?.answers[answer];
  return (
    <section className="explain-card" data-testid="explain-token-view" data-answer={answer}>
      <h3>{t('explain.tokenToken')}</h3>
      <p className="help">
        {t('explain.eachToken', {
          weights: ex
            ? t('explain.armSWeights', { arm: ex.arm, n: ex.completed })
            : t('explain.currentWeights'),
          method: ex ? ex.method : t('explain.method'),
        })}
      </p>
      <label>
        {t('explain.answerTitle')}{' '}
        <select
          data-testid="token-answer"
          value={answer}
          onChange={(ev) => props.onAnswer(Number(ev.target.value))}
        >
          {group.answers.map((x, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: answers of a rollout never move
            <option key={i} value={i}>
              {i + 1}: {x.text || t('explain.empty')} {x.correct ? t('explain.right') : t('explain.wrong')}
            </option>
          ))}
        </select>
      </label>
      <table className="explain-table">
        <caption>
          {rich(t('explain.answerNText'), {
            n: answer + 1,
            text: <code>{a.text || t('explain.empty')}</code>,
            mark: a.correct ? t('explain.right') : t('explain.wrong'),
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('explain.token')}</th>
            <th scope="col">π_old</th>
            <th scope="col">{t('explain.now')}</th>
            <th scope="col">R</th>
            <th scope="col">{t('explain.weightNow')}</th>
            <th scope="col">{t('explain.weightR1')}</th>
          </tr>
        </thead>
        <tbody>
          {a.tokens.map((tok, i) => {
            const tk = e?.tokens[i];
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: a token is its position in a fixed answer
              <tr key={i} data-testid="token-row" data-old={full(a.probs[i])} data-now={full(tk?.prob)}>
                <th scope="row">
                  <code>{tok === EOS_MARK ? t('explain.eosEnd', { eos: EOS_MARK }) : tok}</code>
                </th>
                <td>{num(a.probs[i])}</td>
                <td>{num(tk?.prob)}</td>
                <td data-value={full(tk?.R)}>{num(tk?.R)}</td>
                <td data-testid="token-weight" data-value={full(tk?.weight)}>
                  {num(tk?.weight)}
                </td>
                <td data-value={full(tk?.weightFirst)}>{num(tk?.weightFirst)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
