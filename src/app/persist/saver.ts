/**
 * Coalesced saving: parts are marked dirty as they change, and written together at most once per
 * `minIntervalMs`, one write at a time; a write reads the newest values when it starts, and what changed
 * during it is written next, so the last write always holds the newest state. `flushNow` writes at once
 * (the page is being hidden or closed): IndexedDB runs transactions on the same store in the order they
 * were created, so it still ends last.
 */

export interface SaverOptions<K extends string> {
  minIntervalMs: number;
  /** Writes the current values of `keys` (one transaction). */
  write: (keys: ReadonlySet<K>) => Promise<void>;
  onSaved?: () => void;
  onError?: (e: unknown) => void;
  now?: () => number;
  setTimer?: (f: () => void, ms: number) => unknown;
  clearTimer?: (t: unknown) => void;
}

export class Saver<K extends string> {
  private dirty = new Set<K>();
  private timer: unknown = null;
  /** Writes in flight (two only after flushNow). */
  private writing = 0;
  private lastStart = Number.NEGATIVE_INFINITY;
  private stopped = false;
  private readonly now: () => number;
  private readonly setTimer: (f: () => void, ms: number) => unknown;
  private readonly clearTimer: (t: unknown) => void;

  constructor(private readonly options: SaverOptions<K>) {
    this.now = options.now ?? (() => performance.now());
    this.setTimer = options.setTimer ?? ((f, ms) => setTimeout(f, ms));
    this.clearTimer = options.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
  }

  /** `key` changed: it will be written within about minIntervalMs. */
  mark(key: K): void {
    if (this.stopped) return;
    this.dirty.add(key);
    this.schedule();
  }

  get pending(): ReadonlySet<K> {
    return this.dirty;
  }

  /** Writes what is pending now, whatever the interval or a write in flight. */
  flushNow(): void {
    if (this.stopped || this.dirty.size === 0) return;
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
    void this.start();
  }

  /** No more writes (another tab took over): pending changes are dropped. */
  stop(): void {
    this.stopped = true;
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
    this.dirty.clear();
  }

  private schedule(): void {
    if (this.stopped || this.timer !== null || this.writing > 0 || this.dirty.size === 0) return;
    const wait = Math.max(0, this.lastStart + this.options.minIntervalMs - this.now());
    this.timer = this.setTimer(() => {
      this.timer = null;
      void this.start();
    }, wait);
  }

  private async start(): Promise<void> {
    const keys = this.dirty;
    this.dirty = new Set();
    this.lastStart = this.now();
    this.writing += 1;
    try {
      await this.options.write(keys);
      this.options.onSaved?.();
    } catch (e) {
      if (!this.stopped) for (const k of keys) this.dirty.add(k); // written again with the next change
      this.options.onError?.(e);
    } finally {
      this.writing -= 1;
      this.schedule();
    }
  }
}
