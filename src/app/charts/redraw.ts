/**
 * When the charts redraw while a run trains. A chart whose data changed asks for a redraw; the queue
 * runs ONE chart's redraw per task (so no task holds the main thread for more than one chart's render,
 * and a key press or click waits for at most that), each chart at most once per `minGapMs` (about a
 * second) for new data, and only while it is in view (a chart scrolled away redraws when it comes
 * back). A redraw the person asked for (another metric line, a hidden arm, a zoom) skips the wait, but
 * still goes one chart per task. Pure: the clock and the timer are given (useRedraw.ts gives the page's).
 */

export interface RedrawJob {
  visible: boolean;
  /** The redraw waiting to run, if any. */
  pending: (() => void) | null;
  /** The waiting redraw was asked for by the person: no minimum gap. */
  urgent: boolean;
  /** When it last redrew (the clock's units); -Infinity before. */
  last: number;
}

export type Later = (run: () => void, ms: number) => () => void;

export class RedrawQueue {
  private readonly jobs = new Set<RedrawJob>();
  private cancel: (() => void) | null = null;
  private due = Number.POSITIVE_INFINITY;

  constructor(
    private readonly now: () => number,
    private readonly later: Later,
    readonly minGapMs = 1000,
  ) {}

  add(visible = false): RedrawJob {
    const job: RedrawJob = { visible, pending: null, urgent: false, last: Number.NEGATIVE_INFINITY };
    this.jobs.add(job);
    return job;
  }

  remove(job: RedrawJob): void {
    this.jobs.delete(job);
  }

  request(job: RedrawJob, run: () => void, urgent: boolean): void {
    job.pending = run;
    job.urgent = job.urgent || urgent;
    this.schedule();
  }

  setVisible(job: RedrawJob, visible: boolean): void {
    job.visible = visible;
    if (visible) this.schedule();
  }

  /** How long `job` must still wait (0: it may run now; Infinity: nothing to run or not in view). */
  private wait(job: RedrawJob, t: number): number {
    if (!job.pending || !job.visible || !this.jobs.has(job)) return Number.POSITIVE_INFINITY;
    return job.urgent ? 0 : Math.max(0, job.last + this.minGapMs - t);
  }

  /** Runs the one redraw that is most due (urgent first, then the one waiting longest); true if one ran. */
  runOne(): boolean {
    const t = this.now();
    let best: RedrawJob | null = null;
    for (const j of this.jobs) {
      if (this.wait(j, t) > 0) continue;
      if (!best || (j.urgent && !best.urgent) || (j.urgent === best.urgent && j.last < best.last)) best = j;
    }
    if (!best?.pending) return false;
    const run = best.pending;
    best.pending = null;
    best.urgent = false;
    best.last = t;
    run();
    return true;
  }

  private schedule(): void {
    const t = this.now();
    let wait = Number.POSITIVE_INFINITY;
    for (const j of this.jobs) wait = Math.min(wait, this.wait(j, t));
    if (!Number.isFinite(wait)) return;
    const due = t + wait;
    if (this.cancel && due >= this.due) return;
    this.cancel?.();
    this.due = due;
    this.cancel = this.later(() => {
      this.cancel = null;
      this.due = Number.POSITIVE_INFINITY;
      this.runOne();
      this.schedule();
    }, wait);
  }
}
