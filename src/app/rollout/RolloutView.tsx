import { memo, useDeferredValue, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  type AnswerView,
  EOS_MARK,
  type GroupView,
  type RolloutView as Rollout,
} from '../../worker/protocol';
import { METHOD_COLOURS } from '../charts/series';
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
  const name = text === EOS_MARK ? 'end of answer' : text;
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
  const note = answerNote(a);
  return (
    <li
      className={`rollout-answer ${a.correct ? 'right' : 'wrong'}`}
      data-testid="rollout-answer"
      data-correct={String(a.correct)}
    >
      <span className="mark" role="img" aria-label={a.correct ? 'marked right' : 'marked wrong'}>
        {a.correct ? '✓' : '✗'}
      </span>
      <span className="tokens">
        {a.tokens.map((t, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a token is its position in a fixed answer
          <Token key={i} text={t} p={a.probs[i]} />
        ))}
      </span>
      {note && <small>{note}</small>}
    </li>
  );
});

/** One question: prompt, gold answer, r_hat (number and bar), what the filter did, and its K answers. */
const Group = memo(function Group({ g }: { g: GroupView }) {
  return (
    <li
      className={`rollout-group${g.kept ? '' : ' dropped'}`}
      data-testid="rollout-group"
      data-rhat={g.rHat}
      data-kept={String(g.kept)}
    >
      <div className="rollout-question">
        <code>{g.prompt}</code> <small>gold</small> <code>{g.gold}</code>{' '}
        <span>
          r̂ = {rHatText(g.rHat, g.answers.length)}{' '}
          <span className="rhat-bar" aria-hidden="true">
            <span style={{ width: `${g.rHat * 100}%` }} />
          </span>
        </span>{' '}
        <span className="badge">{groupStatus(g)}</span>
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
  const [showAll, setShowAll] = useState(false);
  const shown = useMemo(() => visibleGroups(rollout.groups, showAll), [rollout, showAll]);
  const kept = rollout.groups.filter((g) => g.kept).length;
  const rounds = rollout.rounds === 1 ? '1 round' : `${rollout.rounds} rounds`;
  return (
    <>
      <p data-testid="rollout-summary">
        Iteration {rollout.iteration}: {rollout.drawn} questions drawn in {rounds}, {kept} kept; dropped by
        the filter: {rollout.droppedAllRight} all right, {rollout.droppedAllWrong} all wrong.
      </p>
      <p className="help">
        Token shade = the probability the model gave the token: <Token text="low" p={0.1} sample />{' '}
        <Token text="half" p={0.5} sample /> <Token text="sure" p={1} sample /> (hover for the number;{' '}
        {EOS_MARK} ends the answer).
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
          {showAll ? `Show the first ${SHOW_FIRST} questions` : `Show all ${rollout.groups.length} questions`}
        </button>
      )}
    </>
  );
}

/** The latest rollout of one arm (picked with a button per arm): every answer, right or wrong. */
export function RolloutView() {
  const names = useRunStore(useShallow((s) => s.arms.map((a) => a.name)));
  const methods = useRunStore(useShallow((s) => s.arms.map((a) => a.method)));
  // Deferred: a rollout is a few hundred token spans; React renders it at low priority in slices
  // between other work, so it never adds to the charts' update task (docs/benchmarks.md).
  const rollouts = useDeferredValue(useRunStore((s) => s.rollouts));
  const [picked, setPicked] = useState<string | null>(null);
  if (names.length === 0) return null;
  const arm = picked !== null && names.includes(picked) ? picked : names[0];
  const rollout = rollouts[arm];
  return (
    <section
      className="rollout"
      data-testid="rollout-view"
      data-arm={arm}
      data-iteration={rollout?.iteration}
    >
      <h2>Latest rollout</h2>
      <p className="help">
        The answers behind an arm's latest update. Each question was answered K times; r̂ is the share of
        answers marked right. The filter drops questions whose answers are all right or all wrong: with
        nothing to tell right from wrong they teach nothing, so more questions are drawn until enough are
        kept. Shown: every question of the first round, dropped ones greyed and labelled, then the questions
        kept from later rounds.
      </p>
      <fieldset className="rollout-arms">
        <legend>Arm</legend>
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
            ? 'SFT trains on gold answers: it samples no rollout.'
            : 'No rollout yet: press Step or Play.'}
        </p>
      )}
    </section>
  );
}
