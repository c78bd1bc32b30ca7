/**
 * The attendee's results waiting to be sent: kept (in memory and in the page's storage) until the room
 * has them, sent in batches, and retried with a growing pause while the device is offline or the server
 * is busy. Results are keyed by iteration, so sending one twice is harmless (the server keeps the first).
 */
import { type ClassResult, LIMITS } from '../../formats/classRoom/roomMessages';

/** What a send came to: sent, retry later (offline, busy, server error), or refused for good. */
export type SendOutcome = { ok: true } | { ok: false; retry: boolean; message: string };

export interface OutboxState {
  waiting: number;
  sent: number;
  /** Set while retrying or after a refusal. */
  problem: string | null;
  refused: boolean;
}

export interface OutboxOptions {
  send: (results: ClassResult[]) => Promise<SendOutcome>;
  /** Saves the waiting results (the page's storage), so a reload loses none. */
  save?: (results: ClassResult[]) => void;
  onChange?: (s: OutboxState) => void;
  /** Pauses between retries, in ms: doubled from `minDelay` up to `maxDelay`. */
  minDelay?: number;
  maxDelay?: number;
  setTimer?: (f: () => void, ms: number) => unknown;
  clearTimer?: (t: unknown) => void;
}

export class Outbox {
  private waiting = new Map<number, ClassResult>();
  private queued = new Set<number>();
  private sentCount = 0;
  private problem: string | null = null;
  private refused = false;
  private busy = false;
  private timer: unknown = null;
  private delay: number;

  constructor(
    private o: OutboxOptions,
    restored: readonly ClassResult[] = [],
  ) {
    this.delay = o.minDelay ?? 1000;
    for (const r of restored) {
      this.waiting.set(r.iteration, r);
      this.queued.add(r.iteration);
    }
  }

  state(): OutboxState {
    return { waiting: this.waiting.size, sent: this.sentCount, problem: this.problem, refused: this.refused };
  }

  /** Queues the results not queued before (by iteration) and sends. */
  add(results: readonly ClassResult[]): void {
    let added = false;
    for (const r of results) {
      if (this.queued.has(r.iteration)) continue;
      this.queued.add(r.iteration);
      this.waiting.set(r.iteration, r);
      added = true;
    }
    if (added) {
      this.o.save?.([...this.waiting.values()]);
      this.changed();
      void this.flush();
    }
  }

  /** Sends what waits now (e.g. when the device comes back online), without waiting for the timer. */
  retryNow(): void {
    if (this.refused) return;
    this.delay = this.o.minDelay ?? 1000;
    void this.flush();
  }

  stop(): void {
    if (this.timer !== null) (this.o.clearTimer ?? clearTimeout)(this.timer as number);
    this.timer = null;
    this.refused = true;
  }

  private changed(): void {
    this.o.onChange?.(this.state());
  }

  async flush(): Promise<void> {
    if (this.busy || this.refused) return;
    this.busy = true;
    if (this.timer !== null) (this.o.clearTimer ?? clearTimeout)(this.timer as number);
    this.timer = null;
    try {
      while (this.waiting.size > 0) {
        const batch = [...this.waiting.values()]
          .sort((a, b) => a.iteration - b.iteration)
          .slice(0, LIMITS.resultsPerPost);
        const outcome = await this.o.send(batch);
        if (!outcome.ok) {
          this.problem = outcome.message;
          if (outcome.retry) this.schedule();
          else this.refused = true;
          this.changed();
          return;
        }
        for (const r of batch) this.waiting.delete(r.iteration);
        this.sentCount += batch.length;
        this.problem = null;
        this.delay = this.o.minDelay ?? 1000;
        this.o.save?.([...this.waiting.values()]);
        this.changed();
      }
    } finally {
      this.busy = false;
    }
  }

  private schedule(): void {
    const ms = this.delay;
    this.delay = Math.min(this.delay * 2, this.o.maxDelay ?? 15_000);
    this.timer = (this.o.setTimer ?? setTimeout)(() => {
      this.timer = null;
      void this.flush();
    }, ms);
  }
}
