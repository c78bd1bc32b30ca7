import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Saver } from './saver';

type Key = 'a' | 'b';

/** A saver whose writes record the keys and the "current" value, and resolve when told. */
function setup(options: { fail?: boolean } = {}) {
  const state = { value: 0 };
  const writes: { keys: Key[]; value: number }[] = [];
  const pending: (() => void)[] = [];
  const errors: unknown[] = [];
  const saver = new Saver<Key>({
    minIntervalMs: 1000,
    now: () => Date.now(),
    write: (keys) => {
      writes.push({ keys: [...keys].sort(), value: state.value });
      return new Promise<void>((resolve, reject) =>
        pending.push(() => (options.fail ? reject(new Error('quota')) : resolve())),
      );
    },
    onError: (e) => errors.push(e),
  });
  const finishWrite = async () => {
    pending.shift()?.();
    await vi.advanceTimersByTimeAsync(0);
  };
  return { state, writes, saver, finishWrite, errors };
}

describe('Saver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('coalesces many changes into one write, at most one per interval, and ends with the newest', async () => {
    const { state, writes, saver, finishWrite } = setup();
    for (let i = 1; i <= 50; i++) {
      state.value = i;
      saver.mark(i % 2 ? 'a' : 'b');
    }
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toEqual([{ keys: ['a', 'b'], value: 50 }]);
    // Changes while writing and within the interval wait.
    state.value = 51;
    saver.mark('a');
    await finishWrite();
    await vi.advanceTimersByTimeAsync(500);
    expect(writes).toHaveLength(1);
    state.value = 52;
    saver.mark('a');
    await vi.advanceTimersByTimeAsync(500);
    expect(writes).toEqual([
      { keys: ['a', 'b'], value: 50 },
      { keys: ['a'], value: 52 },
    ]);
    await finishWrite();
    await vi.advanceTimersByTimeAsync(5000);
    expect(writes).toHaveLength(2); // nothing left: no more writes
    expect(saver.pending.size).toBe(0);
  });

  it('never runs two scheduled writes at once: a change during a slow write is written after it', async () => {
    const { state, writes, saver, finishWrite } = setup();
    saver.mark('a');
    await vi.advanceTimersByTimeAsync(0);
    state.value = 7;
    saver.mark('b');
    await vi.advanceTimersByTimeAsync(10_000); // the first write is still in flight
    expect(writes).toHaveLength(1);
    await finishWrite();
    await vi.advanceTimersByTimeAsync(0);
    expect(writes[1]).toEqual({ keys: ['b'], value: 7 });
  });

  it('flushNow writes at once, whatever the interval', async () => {
    const { state, writes, saver, finishWrite } = setup();
    saver.mark('a');
    await vi.advanceTimersByTimeAsync(0);
    await finishWrite();
    state.value = 3;
    saver.mark('b');
    saver.flushNow();
    expect(writes).toEqual([
      { keys: ['a'], value: 0 },
      { keys: ['b'], value: 3 },
    ]);
    saver.flushNow(); // nothing pending: no write
    expect(writes).toHaveLength(2);
  });

  it('writes a failed part again with the next attempt, and reports the failure', async () => {
    const { writes, saver, finishWrite, errors } = setup({ fail: true });
    saver.mark('a');
    await vi.advanceTimersByTimeAsync(0);
    await finishWrite();
    expect(errors).toHaveLength(1);
    expect(saver.pending.has('a')).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes.map((w) => w.keys)).toEqual([['a'], ['a']]);
  });

  it('stops: pending changes are dropped and nothing more is written', async () => {
    const { writes, saver } = setup();
    saver.mark('a');
    saver.stop();
    saver.mark('b');
    saver.flushNow();
    await vi.advanceTimersByTimeAsync(5000);
    expect(writes).toEqual([]);
  });
});
