import { describe, expect, it } from 'vitest';
import { questionFromPrompt } from './parse';

describe('questionFromPrompt', () => {
  it('reads two-operand and chain questions with their levels and gold answers', () => {
    expect(questionFromPrompt('12+34=')).toEqual({
      prompt: '12+34=',
      answer: '46',
      result: 46,
      level: 'add2',
    });
    expect(questionFromPrompt('7-123')).toMatchObject({ prompt: '7-123=', result: -116, level: 'sub3' });
    expect(questionFromPrompt('45*6=')).toMatchObject({ answer: '270', level: 'mul2' });
    expect(questionFromPrompt('12+34-56=')).toEqual({
      prompt: '12+34-56=',
      answer: '12+34=46;46-56=-10',
      result: -10,
      level: 'chain3x2',
    });
  });

  it('refuses what the tasks cannot express', () => {
    expect(() => questionFromPrompt('12 + x')).toThrow(/must look like/);
    expect(() => questionFromPrompt('012+3=')).toThrow(/leading zeros/);
    expect(() => questionFromPrompt('12*34=')).toThrow(/1-digit/);
    expect(() => questionFromPrompt('1+2*3=')).toThrow(/\+ and -/);
    expect(() => questionFromPrompt('123456+1=')).toThrow(/at most/);
  });
});
