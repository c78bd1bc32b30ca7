/**
 * One answer as a small chip in its question's row: its final result and the mark it trains on, by
 * colour and by a check or cross (dashed: the verifier's suggestion; solid: your mark). Click it (or
 * Space) to flip the mark; the worked steps, the verifier's verdict and your mark show on hover or focus.
 * Only the focused answer's chip is a Tab stop (the panel's keys move between chips).
 */
import type { LabelRecord } from '../../engine/labels/record';
import { rich } from '../explain/rich';
import { useT } from '../i18n/t';
import { answerParts, chipName, markWords, verdictWords } from './cardText';
import { useLabelStore } from './labelStore';

export function LabelCard({ r, index, focused }: { r: LabelRecord; index: number; focused: boolean }) {
  const t = useT();
  const { flip, setFocus } = useLabelStore.getState();
  const { steps, final } = answerParts(r.output);
  const gold = answerParts(r.gold);
  const mark = r.personMark ?? r.verifierMark;
  const flipped = r.personMark !== null && r.personMark !== r.verifierMark;
  const tip = `label-tip-${index}`;
  const classes = [
    'label-card',
    mark ? 'is-right' : 'is-wrong',
    r.personMark === null ? 'suggested' : 'marked',
    focused ? 'focused' : '',
    flipped ? 'flipped' : '',
  ];
  return (
    <li
      className={classes.filter(Boolean).join(' ')}
      data-testid="label-card"
      data-verifier-mark={r.verifierMark ? 'right' : 'wrong'}
      data-person-mark={r.personMark === null ? '' : r.personMark ? 'right' : 'wrong'}
      aria-current={focused ? 'true' : undefined}
    >
      <button
        type="button"
        className="chip"
        data-chip=""
        tabIndex={focused ? 0 : -1}
        aria-label={chipName(r, final, t)}
        aria-describedby={tip}
        onFocus={() => setFocus(index)}
        onClick={() => {
          flip(index);
          setFocus(index);
        }}
      >
        <span className="chip-mark" aria-hidden="true">
          {mark ? '✓' : '✗'}
        </span>
        <code>{final === '' ? '–' : final}</code>
      </button>
      <div className="chip-tip" id={tip} role="tooltip">
        <span className="label-field">
          {rich(t('labels.answerNQ'), { n: r.answer + 1, q: <code>{r.prompt}</code> })}
        </span>{' '}
        {steps.length > 0 && <span>{rich(t('labels.stepsS'), { s: <code>{steps.join(' ; ')}</code> })}</span>}
        {rich(t('labels.finalResult'), { f: <code>{final === '' ? t('labels.none') : final}</code> })}
        {r.truncated && t('labels.cutOffNo')}
        {gold.steps.length > 0 && (
          <small> {rich(t('labels.goldSteps'), { s: <code>{gold.steps.join(' ; ')}</code> })}</small>
        )}
        <br />
        {t('labels.verifier')} <strong>{r.verifierMark ? '✓ ' : '✗ '}</strong>
        {verdictWords(r, t)}{' '}
        <span data-testid="label-person">
          {t('labels.you')} <strong>{markWords(r.personMark, t)}</strong>
          {flipped && t('labels.flipped')}
        </span>
      </div>
    </li>
  );
}
