import { useRef } from 'react';

/** The previous array when every element is the same one (===): memos keyed on it skip their work. */
export function useStableArray<T>(next: readonly T[]): readonly T[] {
  const ref = useRef(next);
  const prev = ref.current;
  if (prev !== next && (prev.length !== next.length || prev.some((v, i) => v !== next[i])))
    ref.current = next;
  return ref.current;
}
