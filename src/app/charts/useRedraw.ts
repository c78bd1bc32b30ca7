/**
 * The page's redraw queue (redraw.ts) on the page's clock and timers, and the hook through which a
 * chart draws: what it shows only changes when the queue lets it.
 */
import { type RefObject, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { type RedrawJob, RedrawQueue } from './redraw';

const FIRST = Symbol('first draw');

/**
 * A redraw due now runs in a task of its own after the next frame is painted, so a click or key press
 * that asked for it shows its first effect (a pressed button, a ticked box) before any chart redraws.
 */
export const redrawQueue = new RedrawQueue(
  () => performance.now(),
  (run, ms) => {
    let id: ReturnType<typeof setTimeout> | undefined;
    let frame: number | undefined;
    if (ms > 0 || typeof requestAnimationFrame === 'undefined') id = setTimeout(run, ms);
    else
      frame = requestAnimationFrame(() => {
        frame = undefined;
        id = setTimeout(run, 0);
      });
    return () => {
      if (frame !== undefined) cancelAnimationFrame(frame);
      clearTimeout(id);
    };
  },
);

/**
 * `value` as of this chart's last redraw (null before the first). A new `value` waits its turn in the
 * queue (at most one redraw a second while in view) unless `urgentKey` changed with it (the person
 * changed what is shown: it goes next, still one chart per task). Even the first draw goes through the
 * queue, so that charts mounted together (a switch to small multiples, the explainers' first rollout)
 * draw one per task. The element at `ref` is watched to know when the chart is in view.
 */
export function useScheduled<T>(value: T, urgentKey: unknown, ref: RefObject<Element | null>): T | null {
  const [shown, setShown] = useState<T | null>(null);
  const job = useRef<RedrawJob | null>(null);
  const key = useRef<unknown>(FIRST);
  const requested = useRef<T | typeof FIRST>(FIRST);
  useEffect(() => {
    const j = redrawQueue.add(false);
    job.current = j;
    const el = ref.current;
    let observer: IntersectionObserver | null = null;
    if (el && typeof IntersectionObserver !== 'undefined') {
      observer = new IntersectionObserver((entries) => {
        const last = entries.at(-1);
        if (last) redrawQueue.setVisible(j, last.isIntersecting);
      });
      observer.observe(el);
    } else redrawQueue.setVisible(j, true);
    return () => {
      observer?.disconnect();
      redrawQueue.remove(j);
      job.current = null;
    };
  }, [ref]);
  useEffect(() => {
    const j = job.current;
    if (!j || Object.is(requested.current, value)) return;
    // The first draw goes next too.
    requested.current = value;
    const urgent = key.current !== urgentKey;
    key.current = urgentKey;
    redrawQueue.request(j, () => flushSync(() => setShown(() => value)), urgent);
  }, [value, urgentKey]);
  return shown;
}
