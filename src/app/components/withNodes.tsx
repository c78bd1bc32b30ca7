/**
 * A translated sentence with React elements in some of its placeholders: t('controls.runningBackend') keeps
 * '{backend}' (t fills only the values it is given), and withNodes puts the element there, wherever the
 * language places it in the sentence.
 */
import { Fragment, type ReactNode } from 'react';

export function withNodes(text: string, parts: Record<string, ReactNode>): ReactNode {
  return text.split(/(\{\w+\})/).map((piece, i) => {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    const node = name !== undefined && Object.hasOwn(parts, name) ? parts[name] : piece;
    // biome-ignore lint/suspicious/noArrayIndexKey: the pieces of one sentence, never reordered
    return <Fragment key={i}>{node}</Fragment>;
  });
}
