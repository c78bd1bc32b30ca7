import { useRef } from 'react';

/** The previous array when every element is the same one (===): memos keyed on it skip their work. */
export function useStableArray<T>(next: readonly T[]): readonly T[] {
  const ref = useRef(next);
  const prev = ref.current;
  if (prev !== next && (prev.length !== next.length || prev.some((v, i) => v !== next[i])))
    ref.current = next;
  return ref.current;
}

/** Whether two objects have the same keys with the same values (===). */
export function shallowEqual(a: object, b: object): boolean {
  if (a === b) return true;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => Object.hasOwn(b, k) && ra[k] === rb[k]);
}

/**
 * The previous object when every prop is the same value (===): a chart given the same props by a
 * parent that re-rendered for something else does not ask for a redraw.
 */
export function useShallowStable<T extends object>(next: T): T {
  const ref = useRef(next);
  if (!shallowEqual(ref.current, next)) ref.current = next;
  return ref.current;
}
