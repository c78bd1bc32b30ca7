import { beforeEach, describe, expect, it } from 'vitest';
import type { LabelBatch, LabelRecord } from '../../engine/labels/record';
import { agreement, byQuestion, rHat } from '../../engine/labels/summary';
import { agreementText, answerParts, rHatText, verdictWords } from './cardText';
import { currentBatch, useLabelStore } from './labelStore';

/** Two questions of 3 answers; the verifier says right, wrong, wrong for question 0 and 1 alike. */
function batch(id = 'b1'): LabelBatch {
  const records: LabelRecord[] = [];
  for (let q = 0; q < 2; q++)
    for (let a = 0; a < 3; a++)
      records.push({
        id: `${id}:${q}:${a}`,
        question: q,
        answer: a,
        prompt: `${q}+1=`,
        level: 'add1',
        gold: `${q + 1}`,
        result: q + 1,
        output: a === 0 ? `${q + 1}` : '9',
        tokens: [2, 1],
        truncated: false,
        verifierMark: a === 0,
        error: a === 0 ? 'none' : 'wrong_final',
        personMark: null,
      });
  return { id, model: 'base', seed: 1, K: 3, temperature: 1, createdAt: '', records };
}

const st = () => useLabelStore.getState();
const marks = () => currentBatch(st())?.records.map((r) => r.personMark);

beforeEach(() => st().replaceLabels([batch()]));

describe('the label store', () => {
  it('marks the focused card and moves on; confirm takes the verifier’s mark', () => {
    st().mark(false);
    expect(st().focus).toBe(1);
    st().confirm();
    st().mark(true);
    expect(marks()).toEqual([false, false, true, null, null, null]);
    expect(st().focus).toBe(3);
  });

  it('flips the mark an answer trains on: the verifier’s first, then yours; undo takes it back', () => {
    st().flip(); // verifier right -> wrong
    expect(st().focus).toBe(1);
    st().flip(1); // verifier wrong -> right
    st().flip(1); // yours right -> wrong
    expect(marks()).toEqual([false, false, null, null, null, null]);
    expect(st().undo()).toBe(true);
    expect(marks()).toEqual([false, true, null, null, null, null]);
  });

  it('moves within the batch and marks a given card with the mouse', () => {
    st().move(-1);
    expect(st().focus).toBe(0);
    st().move(10);
    expect(st().focus).toBe(5);
    st().mark(true);
    expect(st().focus).toBe(5);
    st().mark(false, 2);
    expect(marks()).toEqual([null, null, false, null, null, true]);
    expect(st().focus).toBe(3);
  });

  it('undoes marks in reverse order, focus back on the undone card', () => {
    st().mark(false);
    st().mark(true);
    expect(st().undo()).toBe(true);
    expect(marks()).toEqual([false, null, null, null, null, null]);
    expect(st().focus).toBe(1);
    st().confirm(4);
    st().confirm(4);
    expect(st().undo()).toBe(true);
    expect(marks()?.[4]).toBe(false);
    st().undo();
    st().undo();
    expect(marks()).toEqual([null, null, null, null, null, null]);
    expect(st().undo()).toBe(false);
  });

  it('a new batch or replaceLabels resets focus and undo; old batches are kept', () => {
    st().mark(true);
    st().addBatch(batch('b2'));
    expect(st().batches.map((b) => b.id)).toEqual(['b1', 'b2']);
    expect([st().focus, st().undoStack.length]).toEqual([0, 0]);
    expect(st().undo()).toBe(false);
    expect(st().batches[0].records[0].personMark).toBe(true);
    st().replaceLabels([]);
    expect(currentBatch(st())).toBeNull();
    st().mark(true); // nothing to mark: no change, no error
    expect(st().batches).toEqual([]);
  });

  it('r_hat per question follows the person’s marks, and agreement counts flips', () => {
    const q = () => byQuestion(currentBatch(st())?.records ?? []);
    expect(q().map((g) => rHat(g.records))).toEqual([1 / 3, 1 / 3]);
    st().mark(false); // flip: the verifier said right
    st().confirm();
    st().mark(true); // flip: the verifier said wrong
    expect(q().map((g) => rHat(g.records))).toEqual([1 / 3, 1 / 3]);
    st().confirm();
    st().mark(true); // flip
    expect(q().map((g) => rHat(g.records))).toEqual([1 / 3, 2 / 3]);
    const a = agreement(currentBatch(st())?.records ?? []);
    expect(a).toEqual({ marked: 5, agree: 2 });
    expect(agreementText(a)).toBe('You agree with the verifier on 2 of 5 answers you marked');
  });
});

describe('card text', () => {
  it('says how a wrong answer is wrong, and splits worked steps from the final result', () => {
    expect(verdictWords({ verifierMark: false, error: 'wrong_step', badStep: 2 })).toBe(
      'wrong: step 2 is wrong',
    );
    expect(verdictWords({ verifierMark: false, error: 'truncated' })).toMatch(/truncated/);
    expect(verdictWords({ verifierMark: true, error: 'none' })).toBe('right');
    expect(answerParts('12+34=46;46-5=41')).toEqual({ steps: ['12+34=46', '46-5=41'], final: '41' });
    expect(answerParts('46')).toEqual({ steps: [], final: '46' });
    expect(rHatText(1, 4)).toBe('r_hat 0.25 (1 of 4 right)');
    expect(agreementText({ marked: 0, agree: 0 })).toMatch(/not marked/);
  });
});
