/**
 * Turns an engine Rollout into the plain data the page shows (protocol.ts, RolloutView): token ids
 * become their characters, verdicts become words, and nothing of the model or its tensors crosses
 * the worker boundary.
 *
 * Which groups: every group of the first round, kept or not, so the page can show the groups the
 * dynamic-sampling filter dropped (all right or all wrong: nothing to tell right from wrong), then
 * the kept groups of later rounds (their dropped groups are left out: the first round already shows
 * what dropping looks like, and a long tail of them would bury the groups that trained).
 */

import { describeVerdict } from '../engine/tasks/verify';
import { EOS, tokenLabel } from '../engine/tokenizer';
import type { Rollout, RolloutAnswer, RolloutGroup } from '../engine/train/rollout';
import { type AnswerView, EOS_MARK, type GroupView, type RolloutView } from './protocol';

function answerView(a: RolloutAnswer): AnswerView {
  const g = a.generation;
  return {
    text: g.text,
    tokens: g.tokens.map((id) => (id === EOS ? EOS_MARK : tokenLabel(id))),
    probs: Array.from(g.tokenProbs),
    correct: a.correct,
    verified: a.verdict.correct,
    error: a.verdict.error,
    verdict: describeVerdict(a.verdict),
  };
}

function groupView(g: RolloutGroup, kept: boolean, firstRound: boolean): GroupView {
  return {
    prompt: g.question.prompt,
    gold: g.question.answer,
    level: g.question.level,
    rHat: g.rHat,
    kept,
    firstRound,
    answers: g.answers.map(answerView),
  };
}

/** `iteration` is the page's count of the iteration that trained on this rollout (1 = the first). */
export function toRolloutView(r: Rollout, iteration: number): RolloutView {
  // The rollout keeps the same group objects in `groups` and `firstRound`: identity tells kept ones.
  const kept = new Set(r.groups);
  const first = new Set(r.firstRound);
  const groups = [
    ...r.firstRound.map((g) => groupView(g, kept.has(g), true)),
    ...r.groups.filter((g) => !first.has(g)).map((g) => groupView(g, true, false)),
  ];
  const K = r.firstRound[0]?.answers.length ?? r.groups[0]?.answers.length ?? 0;
  return {
    iteration,
    K,
    drawn: r.drawn,
    rounds: r.rounds,
    droppedAllRight: r.droppedAllRight,
    droppedAllWrong: r.droppedAllWrong,
    groups,
  };
}
