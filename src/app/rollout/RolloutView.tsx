import { memo, useDeferredValue, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { own } from '../../formats/own';
import {
  type AnswerView,
  EOS_MARK,
  type GroupView,
  type RolloutView as Rollout,
} from '../../worker/protocol';
import { METHOD_COLOURS } from '../charts/series';
import { useT } from '../i18n/t';
import { useRunStore } from '../run/runStore';
import {
  answerNote,
  groupStatus,
  probText,
  rHatText,
  SHOW_FIRST,
  tokenBackground,
  visibleGroups,
} from './shading';

/** A token shaded by its probability; `sample` marks the legend's examples (not part of any answer). */
function Token({ text, p, sample = false }: { text: string; p: number; sample?: boolean }) {
  const t = useT();
  const name = text === EOS_MARK ? t('charts.endAnswer') : text;
  return (
    <span
      className="token"
      data-testid={sample ? undefined : 'rollout-token'}
      data-p={p}
      title={`${name}: p = ${probText(p)}`}
      style={{ backgroundColor: tokenBackground(p) }}
    >
      {text}
    </span>
  );
}

/** One answer: ✓ / ✗ (with a label: colour is never the only signal), its shaded tokens, and a note. */
const Answer = memo(function Answer({ a }: { a: AnswerView }) {
  const t = useT();
  const note = answerNote(a, t);
  return (
    <li
      className={`rollout-answer ${a.correct ? 'right' : 'wrong'}`}
      data-testid="rollout-answer"
      data-correct={String(a.correct)}
    >
      <span
        className="mark"
        role="img"
        aria-label={a.correct ? t('charts.markedRight') : t('charts.markedWrong')}
      >
        {a.correct ? '✓' : '✗'}
      </span>
      <span className="tokens">
        {a.tokens.map((tok, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a token is its position in a fixed answer
          <Token key={i} text={tok} p={a.probs[i]} />
        ))}
      </span>
      {note && <small>{note}</small>}
    </li>
  );
});

/** One question: prompt, gold answer, r_hat (number and bar), what the filter did, and its K answers. */
const Group = memo(function Group({ g }: { g: GroupView }) {
  const t = useT();
  return (
    <li
      className={`rollout-group${g.kept ? '' : ' dropped'}`}
      data-testid="rollout-group"
      data-rhat={g.rHat}
      data-kept={String(g.kept)}
    >
      <div className="rollout-question">
        <code>{g.prompt}</code> <small>{t('charts.gold')}</small> <code>{g.gold}</code>{' '}
        <span>
          r̂ = {rHatText(g.rHat, g.answers.length, t)}{' '}
          <span className="rhat-bar" aria-hidden="true">
            <span style={{ width: `${g.rHat * 100}%` }} />
          </span>
        </span>{' '}
        <span className="badge">{groupStatus(g, t)}</span>
      </div>
      <ol className="rollout-answers">
        {g.answers.map((a, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: answers of a rollout never move
          <Answer key={i} a={a} />
        ))}
      </ol>
    </li>
  );
});

function RolloutBody({ rollout }: { rollout: Rollout }) {
  const t = useT();
  const [showAll, setShowAll] = useState(false);
  const shown = useMemo(() => visibleGroups(rollout.groups, showAll), [rollout, showAll]);
  const kept = rollout.groups.filter((g) => g.kept).length;
  const counts = {
    n: rollout.iteration,
    drawn: rollout.drawn,
    rounds: rollout.rounds,
    kept,
    right: rollout.droppedAllRight,
    wrong: rollout.droppedAllWrong,
  };
  return (
    <>
      <p data-testid="rollout-summary">
        {rollout.rounds === 1
          ? t('charts.iterationNDrawn', counts)
          : t('charts.iterationNDrawnQuestions', counts)}
      </p>
      <p className="help">
        {t('charts.tokenShade')} <Token text={t('charts.low')} p={0.1} sample />{' '}
        <Token text={t('charts.half')} p={0.5} sample /> <Token text={t('charts.sure')} p={1} sample />{' '}
        {t('charts.hoverNumber', { eos: EOS_MARK })}
      </p>
      <div className="rollout-box">
        <ol className="rollout-groups">
          {shown.map((g, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: groups of a rollout never move
            <Group key={i} g={g} />
          ))}
        </ol>
      </div>
      {rollout.groups.length > SHOW_FIRST && (
        <button
          type="button"
          data-testid="rollout-show-all"
          aria-expanded={showAll}
          onClick={() => setShowAll(!showAll)}
        >
          {showAll
            ? t('charts.showFirst', { n: SHOW_FIRST })
            : t('charts.showAllN', { n: rollout.groups.length })}
        </button>
      )}
    </>
  );
}

/** The latest rollout of one arm (picked with a button per arm): every answer, right or wrong. */
export function RolloutView() {
  const names = useRunStore(useShallow((s) => s.arms.map((a) => a.name)));
  const methods = useRunStore(useShallow((s) => s.arms.map((a) => a.method)));
  const t = useT();
  // Deferred: a rollout is a few hundred token spans; React renders it at low priority in slices
  // between other work, so it never adds to the charts' update task (docs/benchmarks.md).
  const rollouts = useDeferredValue(useRunStore((s) => s.rollouts));
  const [picked, setPicked] = useState<string | null>(null);
  if (names.length === 0) return null;
  const arm = picked !== null && names.includes(picked) ? picked : names[0];
  const rollout = own(rollouts, arm);
  return (
    <section
      className="rollout"
      data-testid="rollout-view"
      data-arm={arm}
      data-iteration={rollout?.iteration}
    >
      <h2 id="rollout-title" tabIndex={-1}>
        {t('charts.latestRollout')}
      </h2>
      <p className="help">{t('charts.answersBehind')}</p>
      <fieldset className="pressed-group">
        <legend>{t('charts.arm')}</legend>
        {names.map((n, i) => (
          <button
            key={n}
            type="button"
            aria-pressed={n === arm}
            data-testid={`rollout-arm-${n}`}
            style={{ borderColor: METHOD_COLOURS[methods[i]] }}
            onClick={() => setPicked(n)}
          >
            {n}
          </button>
        ))}
      </fieldset>
      {rollout ? (
        <RolloutBody rollout={rollout} />
      ) : (
        <p className="help">
          {methods[names.indexOf(arm)] === 'sft' ? t('charts.sFTTrains') : t('charts.noRollout')}
        </p>
      )}
    </section>
  );
}
