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
  const name = text === EOS_MARK ? t('end of answer') : text;
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
      <span className="mark" role="img" aria-label={a.correct ? t('marked right') : t('marked wrong')}>
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
        <code>{g.prompt}</code> <small>{t('gold')}</small> <code>{g.gold}</code>{' '}
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
          ? t(
              'Iteration {n}: {drawn} questions drawn in 1 round, {kept} kept; dropped by the filter: {right} all right, {wrong} all wrong.',
              counts,
            )
          : t(
              'Iteration {n}: {drawn} questions drawn in {rounds} rounds, {kept} kept; dropped by the filter: {right} all right, {wrong} all wrong.',
              counts,
            )}
      </p>
      <p className="help">
        {t('Token shade = the probability the model gave the token:')}{' '}
        <Token text={t('low')} p={0.1} sample /> <Token text={t('half')} p={0.5} sample />{' '}
        <Token text={t('sure')} p={1} sample />{' '}
        {t('(hover for the number; {eos} ends the answer).', { eos: EOS_MARK })}
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
            ? t('Show the first {n} questions', { n: SHOW_FIRST })
            : t('Show all {n} questions', { n: rollout.groups.length })}
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
        {t('Latest rollout')}
      </h2>
      <p className="help">
        {t(
          "The answers behind an arm's latest update. Each question was answered K times; r̂ is the share of answers marked right. The filter drops questions whose answers are all right or all wrong: with nothing to tell right from wrong they teach nothing, so more questions are drawn until enough are kept. Shown: every question of the first round, dropped ones greyed and labelled, then the questions kept from later rounds.",
        )}
      </p>
      <fieldset className="rollout-arms">
        <legend>{t('Arm')}</legend>
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
          {methods[names.indexOf(arm)] === 'sft'
            ? t('SFT trains on gold answers: it samples no rollout.')
            : t('No rollout yet: press Step or Play.')}
        </p>
      )}
    </section>
  );
}
