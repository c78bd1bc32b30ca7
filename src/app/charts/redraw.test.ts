import { describe, expect, it } from 'vitest';
import { type Later, RedrawQueue } from './redraw';

/** A fake clock and timer: tasks run in due order when the test advances time. */
function fakeTimers() {
  let now = 0;
  let tasks: { at: number; run: () => void; id: number }[] = [];
  let id = 0;
  const later: Later = (run, ms) => {
    const task = { at: now + ms, run, id: id++ };
    tasks.push(task);
    return () => {
      tasks = tasks.filter((x) => x !== task);
    };
  };
  /** Runs every task due by `now + ms`, one at a time; returns how many ran. */
  const advance = (ms: number) => {
    const end = now + ms;
    let ran = 0;
    for (;;) {
      tasks.sort((a, b) => a.at - b.at || a.id - b.id);
      const next = tasks[0];
      if (!next || next.at > end) break;
      tasks.shift();
      now = Math.max(now, next.at);
      next.run();
      ran++;
    }
    now = end;
    return ran;
  };
  /** Runs the next task only (moving the clock to it). */
  const runNext = () => {
    tasks.sort((a, b) => a.at - b.at || a.id - b.id);
    const next = tasks.shift();
    if (!next) return false;
    now = Math.max(now, next.at);
    next.run();
    return true;
  };
  return { later, advance, runNext, clock: () => now };
}

describe('RedrawQueue', () => {
  it('runs one chart per task', () => {
    const f = fakeTimers();
    const q = new RedrawQueue(f.clock, f.later);
    const log: string[] = [];
    const jobs = ['a', 'b', 'c'].map(() => q.add(true));
    jobs.forEach((j, i) => {
      q.request(j, () => log.push(`r${i}`), false);
    });
    expect(log).toEqual([]);
    f.runNext(); // one task, one chart
    expect(log).toEqual(['r0']);
    f.runNext();
    expect(log).toEqual(['r0', 'r1']);
    f.runNext();
    expect(log).toEqual(['r0', 'r1', 'r2']);
    expect(f.runNext()).toBe(false);
  });

  it('redraws a chart at most once a second for new data, with its latest data', () => {
    const f = fakeTimers();
    const q = new RedrawQueue(f.clock, f.later);
    const j = q.add(true);
    const drawn: number[] = [];
    q.request(j, () => drawn.push(1), false);
    f.advance(0);
    for (let k = 2; k <= 5; k++) {
      f.advance(200);
      q.request(j, () => drawn.push(k), false);
    }
    expect(drawn).toEqual([1]);
    f.advance(199); // 999 ms after the first draw
    expect(drawn).toEqual([1]);
    f.advance(1);
    expect(drawn).toEqual([1, 5]);
  });

  it('draws nothing out of view, and catches up when the chart comes into view', () => {
    const f = fakeTimers();
    const q = new RedrawQueue(f.clock, f.later);
    const j = q.add(false);
    let n = 0;
    q.request(j, () => n++, false);
    f.advance(5000);
    expect(n).toBe(0);
    q.setVisible(j, true);
    f.advance(0);
    expect(n).toBe(1);
  });

  it('a redraw the person asked for skips the wait, and goes before data redraws', () => {
    const f = fakeTimers();
    const q = new RedrawQueue(f.clock, f.later);
    const [a, b] = [q.add(true), q.add(true)];
    const log: string[] = [];
    q.request(a, () => log.push('a1'), false);
    f.advance(0);
    f.advance(100);
    q.request(b, () => log.push('b-data'), false);
    q.request(a, () => log.push('a-urgent'), true);
    f.runNext();
    expect(log).toEqual(['a1', 'a-urgent']);
    f.runNext();
    expect(log).toEqual(['a1', 'a-urgent', 'b-data']);
  });

  it('a removed chart is never drawn', () => {
    const f = fakeTimers();
    const q = new RedrawQueue(f.clock, f.later);
    const j = q.add(true);
    let n = 0;
    q.request(j, () => n++, true);
    q.remove(j);
    f.advance(1000);
    expect(n).toBe(0);
  });
});
