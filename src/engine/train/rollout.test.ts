import { beforeAll, describe, expect, it } from 'vitest';
import { useBackend } from '../../node/backend';
import { DEFAULT_MODEL_CONFIG } from '../model/config';
import { Gpt } from '../model/gpt';
import { type Question, type QuestionStream, questionFromPrompt } from '../tasks';
import { collectRollout, samplingSeed } from './rollout';

/** A stream that hands out the given prompts in order, then repeats the last. */
function fixedStream(prompts: string[]): QuestionStream & { drawn: number } {
  const qs = prompts.map(questionFromPrompt);
  const s = {
    drawn: 0,
    next: (): Question => qs[Math.min(s.drawn++, qs.length - 1)],
    nextBatch: (n: number) => Array.from({ length: n }, () => s.next()),
    get position() {
      return s.drawn;
    },
  };
  return s;
}

/** Marks by prompt: 'all' right, 'none' right, or 'half' (first half of each group's answers right). */
function labelerFor(kind: Record<string, 'all' | 'none' | 'half'>, K: number) {
  const seen = new Map<string, number>();
  return (q: Question) => {
    const i = seen.get(q.prompt) ?? 0;
    seen.set(q.prompt, i + 1);
    const k = kind[q.prompt];
    return k === 'all' || (k === 'half' && i % K < K / 2);
  };
}

let model: Gpt;
beforeAll(async () => {
  await useBackend('wasm');
  model = Gpt.init({ ...DEFAULT_MODEL_CONFIG, layers: 1, width: 16, heads: 2 }, 1);
});

describe('collectRollout', () => {
  it('drops all-right and all-wrong groups and keeps drawing until M informative ones', async () => {
    const prompts = ['1+1=', '2+2=', '3+3=', '4+4=', '5+5=', '6+6='];
    const kind = {
      '1+1=': 'all',
      '2+2=': 'half',
      '3+3=': 'none',
      '4+4=': 'half',
      '5+5=': 'half',
      '6+6=': 'all',
    } as const;
    const r = await collectRollout(
      model,
      fixedStream(prompts),
      { M: 3, K: 4, temperature: 1, filter: true, maxRounds: 5 },
      1,
      0,
      labelerFor(kind, 4),
    );
    expect(r.groups.map((g) => g.question.prompt)).toEqual(['2+2=', '4+4=', '5+5=']);
    expect(r.groups.map((g) => g.rHat)).toEqual([0.5, 0.5, 0.5]);
    expect(r.rounds).toBe(2);
    expect(r.drawn).toBe(6);
    expect(r.droppedAllRight).toBe(1);
    expect(r.droppedAllWrong).toBe(1);
    expect(r.firstRound).toHaveLength(3);
    for (const g of r.groups) expect(g.answers).toHaveLength(4);
  });

  it('stops after maxRounds even when too few groups are informative', async () => {
    const kind = { '7+7=': 'none' } as const;
    const r = await collectRollout(
      model,
      fixedStream(['7+7=']),
      { M: 2, K: 2, temperature: 1, filter: true, maxRounds: 3 },
      1,
      0,
      labelerFor(kind, 2),
    );
    expect(r.groups).toHaveLength(0);
    expect(r.rounds).toBe(3);
    expect(r.droppedAllWrong).toBe(6);
  });

  it('keeps every group without the filter, and marks by the verifier when no labeler is given', async () => {
    const r = await collectRollout(
      model,
      fixedStream(['1+2=', '3+4=']),
      { M: 2, K: 3, temperature: 1, filter: false, maxRounds: 1 },
      1,
      0,
    );
    expect(r.groups).toHaveLength(2);
    for (const g of r.groups) for (const a of g.answers) expect(a.correct).toBe(a.verdict.correct);
  });

  it('derives sampling seeds from (seed, iteration, round) only', () => {
    expect(samplingSeed(1, 2, 0)).toBe(samplingSeed(1, 2, 0));
    expect(
      new Set([samplingSeed(1, 2, 0), samplingSeed(1, 2, 1), samplingSeed(1, 3, 0), samplingSeed(2, 2, 0)])
        .size,
    ).toBe(4);
  });
});
