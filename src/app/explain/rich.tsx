/**
 * Sentences with elements inside (a question in <code>, a number in a span a test reads): the whole
 * sentence is translated as one template (t('Question {q}: ...')), then rich() puts the React nodes at
 * its {name} placeholders, so the word order stays the translation's own.
 */
import { Fragment, type ReactNode } from 'react';

export function rich(text: string, nodes: Record<string, ReactNode>): ReactNode[] {
  return text.split(/(\{\w+\})/).map((part, i) => {
    const m = /^\{(\w+)\}$/.exec(part);
    const node = m && Object.hasOwn(nodes, m[1]) ? nodes[m[1]] : part;
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of a fixed sentence never move
    return <Fragment key={i}>{node}</Fragment>;
  });
}
