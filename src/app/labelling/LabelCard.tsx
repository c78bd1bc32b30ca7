/**
 * One labelling card: an answer with its worked steps and final result, the verifier's suggested mark and
 * how a wrong answer is wrong, the person's mark (by symbol and words, not only colour), and buttons that
 * do what the panel's keys do.
 */
import type { LabelRecord } from '../../engine/labels/record';
import { rich } from '../explain/rich';
import { useT } from '../i18n/t';
import { answerParts, markWords, verdictWords } from './cardText';
import { useLabelStore } from './labelStore';

export function LabelCard({ r, index, focused }: { r: LabelRecord; index: number; focused: boolean }) {
  const t = useT();
  const { mark, confirm, setFocus } = useLabelStore.getState();
  const { steps, final } = answerParts(r.output);
  const gold = answerParts(r.gold);
  const flipped = r.personMark !== null && r.personMark !== r.verifierMark;
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the panel handles the keys (j / k move the focus)
    <li
      className={`label-card${focused ? ' focused' : ''}${flipped ? ' flipped' : ''}`}
      data-testid="label-card"
      data-verifier-mark={r.verifierMark ? 'right' : 'wrong'}
      data-person-mark={r.personMark === null ? '' : r.personMark ? 'right' : 'wrong'}
      aria-current={focused ? 'true' : undefined}
      onClick={() => setFocus(index)}
    >
      <div className="label-answer">
        <span className="label-field">
          {rich(t('answer {n} to {q}:'), { n: r.answer + 1, q: <code>{r.prompt}</code> })}
        </span>{' '}
        {steps.length > 0 && <span>{rich(t('steps {s}, '), { s: <code>{steps.join(' ; ')}</code> })}</span>}
        {rich(t('final result {f}'), { f: <code>{final === '' ? t('(none)') : final}</code> })}
        {r.truncated && t(' (cut off: no end of answer)')}
        {gold.steps.length > 0 && (
          <small> {rich(t('gold steps {s}'), { s: <code>{gold.steps.join(' ; ')}</code> })}</small>
        )}
      </div>
      <div className="label-marks">
        <span>
          {t('verifier:')} <strong>{r.verifierMark ? '✓ ' : '✗ '}</strong>
          {verdictWords(r, t)}
        </span>
        <span data-testid="label-person">
          {t('you:')} <strong>{markWords(r.personMark, t)}</strong>
          {flipped && t(' (flipped)')}
        </span>
        <span className="label-buttons">
          <button
            type="button"
            onClick={() => mark(true, index)}
            aria-label={t('mark answer {n} right', { n: r.answer + 1 })}
          >
            {t('✓ right (c)')}
          </button>
          <button
            type="button"
            onClick={() => mark(false, index)}
            aria-label={t('mark answer {n} wrong', { n: r.answer + 1 })}
          >
            {t('✗ wrong (x)')}
          </button>
          <button type="button" onClick={() => confirm(index)}>
            {t('agree with verifier (Enter)')}
          </button>
        </span>
      </div>
    </li>
  );
}
