/**
 * A labelled batch as a rollout (train/rollout.ts's Rollout): each question's answers as one group,
 * marked as the person said (the verifier's mark where they did not), and the dynamic-sampling filter
 * applied as a sampled rollout's would be: groups whose marks are all right or all wrong are dropped and
 * counted. Nothing is sampled: the same answers every time, so an arm can reuse them every iteration.
 * withCurrentProbs gives each answer's tokens the probabilities of the model that trains on them now (the
 * page shades tokens by them), rather than those of the model that sampled them.
 */
import { makeSequenceBatch } from '../model/batch';
import type { Gpt } from '../model/gpt';
import { answerTokenStats } from '../model/logprobs';
import { finalText, parseFinal, type Verdict } from '../tasks';
import { encode } from '../tokenizer';
import type { Rollout, RolloutGroup } from '../train/rollout';
import { effectiveMark, type LabelBatch, type LabelRecord } from './record';
import { byQuestion } from './summary';

function verdictOf(r: LabelRecord): Verdict {
  return {
    correct: r.verifierMark,
    final: r.truncated ? null : parseFinal(finalText(r.output)),
    error: r.error,
    ...(r.badStep !== undefined ? { badStep: r.badStep } : {}),
  };
}

function groupOf(records: readonly LabelRecord[]): RolloutGroup {
  const r0 = records[0];
  const answers = records.map((r) => ({
    generation: {
      prompt: r.prompt,
      text: r.output,
      tokens: [...r.tokens],
      truncated: r.truncated,
      tokenProbs: r.tokenProbs ? [...r.tokenProbs] : r.tokens.map(() => Number.NaN),
    },
    verdict: verdictOf(r),
    correct: effectiveMark(r),
  }));
  return {
    question: { prompt: r0.prompt, answer: r0.gold, result: r0.result, level: r0.level },
    answers,
    rHat: answers.filter((a) => a.correct).length / answers.length,
  };
}

/** Throws a readable Error when a batch cannot be trained on (no records, no tokens). */
export function checkLabelBatch(b: LabelBatch): void {
  if (!b || !Array.isArray(b.records) || b.records.length === 0) {
    throw new Error('the labelled batch has no answers');
  }
  for (const r of b.records) {
    if (!Array.isArray(r.tokens) || r.tokens.length === 0) {
      throw new Error(`labelled answer ${r.id} has no tokens to train on`);
    }
  }
}

export function labelledRollout(batch: LabelBatch, filter: boolean): Rollout {
  const groups = byQuestion(batch.records).map((q) => groupOf(q.records));
  const out: Rollout = {
    groups: [],
    drawn: groups.length,
    droppedAllRight: 0,
    droppedAllWrong: 0,
    rounds: 1,
    sampleMs: 0,
    firstRound: groups,
  };
  for (const g of groups) {
    if (filter && g.rHat === 1) out.droppedAllRight += 1;
    else if (filter && g.rHat === 0) out.droppedAllWrong += 1;
    else out.groups.push(g);
  }
  return out;
}

/** Sets every answer's token probabilities (temperature 1) to `model`'s, in place; returns the rollout. */
export async function withCurrentProbs(model: Gpt, rollout: Rollout): Promise<Rollout> {
  const answers = rollout.firstRound.flatMap((g) => g.answers.map((a) => ({ g, a })));
  if (answers.length === 0) return rollout;
  const items = answers.map(({ g, a }) => ({
    prompt: encode(g.question.prompt),
    answer: a.generation.tokens,
  }));
  const { logp } = await answerTokenStats(model, makeSequenceBatch(items, model.config.contextLength));
  answers.forEach(({ a }, i) => {
    a.generation.tokenProbs = logp[i].map(Math.exp);
  });
  return rollout;
}
