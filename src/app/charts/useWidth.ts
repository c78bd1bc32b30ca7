import { type RefObject, useEffect, useState } from 'react';

/**
 * The element's content width in px, rounded down to `step` (so a window dragged wider redraws the
 * charts now and then, not at every pixel); `fallback` before it is measured or without ResizeObserver.
 */
export function useWidth(ref: RefObject<HTMLElement | null>, fallback: number, step = 40): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => setWidth(Math.floor(el.clientWidth / step) * step || fallback);
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, fallback, step]);
  return width;
}
