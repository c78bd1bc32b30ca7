import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_CONFIG } from '../engine/model/config';
import type { Generation } from '../engine/model/generate';
import { Gpt } from '../engine/model/gpt';
import { type Question, questionFromPrompt, verify } from '../engine/tasks';
import { EOS, encode } from '../engine/tokenizer';
import { collectRollout, type Rollout, type RolloutGroup } from '../engine/train/rollout';
import { useBackend } from '../node/backend';
import { EOS_MARK } from './protocol';
import { toRolloutView } from './toRolloutView';

function gen(q: Question, text: string, p: number, eos = true): Generation {
  const tokens = eos ? [...encode(text), EOS] : encode(text);
  return { prompt: q.prompt, text, tokens, truncated: !eos, tokenProbs: tokens.map(() => p) };
}

/** A group of answers to `prompt`, marked by the verifier unless `marks` overrides (a labeler). */
function group(prompt: string, texts: string[], marks?: boolean[]): RolloutGroup {
  const q = questionFromPrompt(prompt);
  const answers = texts.map((t, i) => {
    const generation = gen(q, t, 0.5, t !== '');
    const verdict = verify(q, generation.text, generation.truncated);
    return { generation, verdict, correct: marks?.[i] ?? verdict.correct };
  });
  return { question: q, answers, rHat: answers.filter((a) => a.correct).length / answers.length };
}

describe('toRolloutView', () => {
  const allRight = group('1+1=', ['2', '2']);
  const mixed = group('2+3=', ['5', '6']);
  const allWrong = group('4+4=', ['9', '']);
  const later = group('1+2=', ['3', '4']);
  const r: Rollout = {
    groups: [mixed, later],
    drawn: 6,
    droppedAllRight: 1,
    droppedAllWrong: 2,
    rounds: 2,
    sampleMs: 12,
    firstRound: [allRight, mixed, allWrong],
  };

  it('shows the whole first round, kept or dropped, then the kept groups of later rounds', () => {
    const v = toRolloutView(r, 3);
    expect(v).toMatchObject({
      iteration: 3,
      K: 2,
      drawn: 6,
      rounds: 2,
      droppedAllRight: 1,
      droppedAllWrong: 2,
    });
    expect(v.groups.map((g) => [g.prompt, g.rHat, g.kept, g.firstRound])).toEqual([
      ['1+1=', 1, false, true],
      ['2+3=', 0.5, true, true],
      ['4+4=', 0, false, true],
      ['1+2=', 0.5, true, false],
    ]);
    expect(v.groups[1]).toMatchObject({ gold: '5', level: 'add1' });
  });

  it('decodes each token (EOS as EOS_MARK) with its probability; says how wrong ones are wrong', () => {
    const [right, wrong] = toRolloutView(r, 1).groups[1].answers;
    expect(right).toEqual({
      text: '5',
      tokens: ['5', EOS_MARK],
      probs: [0.5, 0.5],
      correct: true,
      verified: true,
      error: 'none',
      verdict: 'right',
    });
    expect(wrong).toMatchObject({
      text: '6',
      correct: false,
      error: 'wrong_final',
      verdict: 'wrong: final answer',
    });
    const truncated = toRolloutView(r, 1).groups[2].answers[1];
    expect(truncated).toMatchObject({ tokens: [], error: 'truncated', verdict: 'wrong: truncated' });
  });

  it('keeps the training mark apart from the verdict when a labeler changed it', () => {
    const noisy = group('2+3=', ['5', '6'], [false, true]);
    const v = toRolloutView({ ...r, groups: [noisy], firstRound: [noisy] }, 1);
    expect(v.groups[0].answers.map((a) => [a.correct, a.verified])).toEqual([
      [false, true],
      [true, false],
    ]);
  });

  it('is plain data: survives structured cloning unchanged', () => {
    const v = toRolloutView(r, 1);
    expect(structuredClone(v)).toEqual(v);
  });

  it('fits what collectRollout returns (kept groups: the same objects in both lists)', async () => {
    await useBackend('wasm');
    const model = Gpt.init({ ...DEFAULT_MODEL_CONFIG, layers: 1, width: 16, heads: 2 }, 1);
    const prompts = ['1+1=', '2+2=', '3+3=', '4+4='];
    let i = 0;
    const stream = {
      next: () => questionFromPrompt(prompts[i++ % prompts.length]),
      nextBatch: (n: number) => Array.from({ length: n }, () => stream.next()),
      get position() {
        return i;
      },
    };
    // Marks by prompt: 1+1 all right, 2+2 all wrong, the others alternate (mixed).
    let k = 0;
    const labeler = (q: Question) => q.prompt === '1+1=' || (q.prompt !== '2+2=' && k++ % 2 === 0);
    const s = { M: 3, K: 2, temperature: 1, filter: true, maxRounds: 3 };
    const rollout = await collectRollout(model, stream, s, 7, 0, labeler);
    model.dispose();
    const v = toRolloutView(rollout, 1);
    expect(v.groups.slice(0, 3).map((g) => [g.prompt, g.kept])).toEqual([
      ['1+1=', false],
      ['2+2=', false],
      ['3+3=', true],
    ]);
    expect(v.groups.filter((g) => g.kept)).toHaveLength(rollout.groups.length);
    for (const g of v.groups) {
      expect(g.answers).toHaveLength(2);
      expect(g.rHat * 2).toBe(g.answers.filter((a) => a.correct).length);
      for (const a of g.answers) {
        expect(a.probs).toHaveLength(a.tokens.length);
        for (const p of a.probs) expect(p > 0 && p <= 1).toBe(true);
        expect(a.tokens.filter((t) => t !== EOS_MARK).join('')).toBe(a.text);
      }
    }
  });
});
