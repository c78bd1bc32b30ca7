import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { parseLevel, type Question } from './levels';
import { composeQuestion, makeQuestion } from './questions';
import { describeVerdict, finalText, parseFinal, verify } from './verify';

const add: Question = { prompt: '12+34=', answer: '46', result: 46, level: 'add2' };
const sub: Question = { prompt: '21-52=', answer: '-31', result: -31, level: 'sub2' };
const zero: Question = { prompt: '7-7=', answer: '0', result: 0, level: 'sub1' };
// 12+34-56= : 12+34=46;46-56=-10
const chain = composeQuestion(parseLevel('chain3x2'), [12, 34, 56], ['+', '-']);
// 5+3-9+4= : 5+3=8;8-9=-1;-1+4=3
const chain4 = composeQuestion(parseLevel('chain4x1'), [5, 3, 9, 4], ['+', '-', '+']);

describe('verify: right answers', () => {
  it('accepts the exact answer', () => {
    expect(verify(add, '46', false)).toEqual({ correct: true, final: 46, error: 'none' });
    expect(verify(zero, '0', false)).toEqual({ correct: true, final: 0, error: 'none' });
  });

  it('accepts negative results', () => {
    expect(chain.answer).toBe('12+34=46;46-56=-10');
    expect(verify(chain, '12+34=46;46-56=-10', false)).toEqual({ correct: true, final: -10, error: 'none' });
    expect(verify(sub, '-31', false)).toEqual({ correct: true, final: -31, error: 'none' });
  });

  it('grades on the final result only', () => {
    expect(verify(chain, '-10', false).correct).toBe(true);
    expect(verify(chain, '12+34=47;47-56=-10', false).correct).toBe(true);
  });

  it('accepts every generated gold answer', () => {
    const rng = createRng(1);
    for (const id of ['add3', 'sub3', 'mul2', 'chain3x2', 'chain4x3']) {
      for (let i = 0; i < 200; i++) {
        const q = makeQuestion(id, rng);
        expect(verify(q, q.answer, false).correct).toBe(true);
      }
    }
  });
});

describe('verify: wrong answers', () => {
  it('marks truncated answers wrong even when the text is right', () => {
    expect(verify(add, '46', true)).toEqual({ correct: false, final: null, error: 'truncated' });
    expect(verify(chain, '12+34=46;46-56=-10', true).error).toBe('truncated');
    expect(verify(add, '', true).error).toBe('truncated');
  });

  it('rejects extra tokens after the number', () => {
    for (const text of ['46;', '46=', '46+', '46-', '4 6', '46*2']) {
      expect(verify(add, text, false), text).toEqual({ correct: false, final: null, error: 'unparsable' });
    }
    expect(verify(chain, '12+34=46;46-56=-10;', false).error).toBe('unparsable');
  });

  it('rejects leading zeros, plus signs and -0', () => {
    expect(verify(add, '046', false).error).toBe('unparsable');
    expect(verify(add, '00', false).error).toBe('unparsable');
    expect(verify(add, '+46', false).error).toBe('unparsable');
    expect(verify(zero, '-0', false)).toEqual({ correct: false, final: null, error: 'unparsable' });
    expect(verify(sub, '-031', false).error).toBe('unparsable');
    expect(verify(chain, '12+34=46;46-56=-010', false).error).toBe('unparsable');
  });

  it('rejects empty answers', () => {
    expect(verify(add, '', false)).toEqual({ correct: false, final: null, error: 'unparsable' });
    expect(verify(add, '-', false).error).toBe('unparsable');
    expect(verify(chain, '12+34=', false).error).toBe('unparsable');
  });

  it('reports a wrong number on a two-operand question as wrong_final', () => {
    expect(verify(add, '47', false)).toEqual({ correct: false, final: 47, error: 'wrong_final' });
    expect(verify(sub, '31', false)).toEqual({ correct: false, final: 31, error: 'wrong_final' });
    expect(verify(zero, '1', false).error).toBe('wrong_final');
  });

  it('finds a wrong middle step in a chain', () => {
    expect(verify(chain, '12+34=47;47-56=-9', false)).toEqual({
      correct: false,
      final: -9,
      error: 'wrong_step',
      badStep: 1,
    });
    expect(chain4.answer).toBe('5+3=8;8-9=-1;-1+4=3');
    expect(verify(chain4, '5+3=8;8-9=1;1+4=5', false)).toEqual({
      correct: false,
      final: 5,
      error: 'wrong_step',
      badStep: 2,
    });
    // Gold steps are compared exactly: a right step after a wrong one does not excuse the wrong one.
    expect(verify(chain4, '5+3=9;8-9=-1;-1+4=4', false).badStep).toBe(1);
    // A step that copies the operands wrongly is wrong too.
    expect(verify(chain4, '5+3=8;8-8=0;0+4=4', false).badStep).toBe(2);
  });

  it('calls a chain wrong only in its last step wrong_final', () => {
    const lastWrong = verify(chain, '12+34=46;46-56=-11', false);
    expect(lastWrong).toEqual({ correct: false, final: -11, error: 'wrong_final' });
    const lastWrong4 = verify(chain4, '5+3=8;8-9=-1;-1+4=2', false);
    expect(lastWrong4).toEqual({ correct: false, final: 2, error: 'wrong_final' });
    expect(verify(chain4, '5+3=8;8-9=-1;-1+4=2', false).badStep).toBeUndefined();
  });

  it('handles chains with missing or extra steps', () => {
    // Stopped after the first (right) step: the last step is missing, so the ending is wrong.
    expect(verify(chain, '12+34=46', false)).toEqual({ correct: false, final: 46, error: 'wrong_final' });
    // Stopped early with a wrong first step: that step is the problem.
    expect(verify(chain4, '5+3=7', false)).toMatchObject({ error: 'wrong_step', badStep: 1 });
    // A bare wrong number on a chain: step 1 does not match.
    expect(verify(chain, '-11', false)).toMatchObject({ error: 'wrong_step', badStep: 1 });
    // All gold steps right, then a spurious extra step: a wrong ending.
    expect(verify(chain, '12+34=46;46-56=-10;-10+1=-9', false).error).toBe('wrong_final');
  });
});

describe('finalText / parseFinal', () => {
  it('takes the text after the last =', () => {
    expect(finalText('12+34=46;46-56=-10')).toBe('-10');
    expect(finalText('46')).toBe('46');
    expect(finalText('46=')).toBe('');
  });

  it('parses canonical integers only', () => {
    expect(parseFinal('0')).toBe(0);
    expect(parseFinal('-10')).toBe(-10);
    for (const bad of ['', '-', '-0', '01', '+1', '1;', '1.5', ' 1']) expect(parseFinal(bad), bad).toBeNull();
  });
});

describe('describeVerdict', () => {
  it('gives short phrases', () => {
    expect(describeVerdict(verify(add, '46', false))).toBe('right');
    expect(describeVerdict(verify(add, '46', true))).toBe('wrong: truncated');
    expect(describeVerdict(verify(add, '046', false))).toBe('wrong: unparsable');
    expect(describeVerdict(verify(add, '47', false))).toBe('wrong: final answer');
    expect(describeVerdict(verify(chain4, '5+3=8;8-9=1;1+4=5', false))).toBe('wrong: step 2');
  });
});
