import { createElement, isValidElement, type ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { rich } from './rich';

const children = (nodes: ReturnType<typeof rich>) =>
  nodes.map((n) => (isValidElement(n) ? (n as ReactElement<{ children: unknown }>).props.children : n));

describe('rich', () => {
  it('puts nodes at their placeholders in the translation order and keeps the text between', () => {
    const code = createElement('code', null, '3+4');
    expect(children(rich('問題 {q}：{n} 個のうち {r}', { q: code, r: 'R', n: 4 }))).toEqual([
      '問題 ',
      code,
      '：',
      4,
      ' 個のうち ',
      'R',
      '',
    ]);
  });

  it('leaves a placeholder it has no node for as it is', () => {
    expect(children(rich('a {x} b', {})).join('')).toBe('a {x} b');
  });
});
