import { describe, expect, it } from 'vitest';
import { type LongTask, longTasksDuring, overlaps } from './longTasks';

const task = (startMs: number, durationMs: number): LongTask => ({ startMs, durationMs, name: 'self' });

describe('long tasks while training', () => {
  it('a task overlaps a span when any part of it falls inside; an open span runs to now', () => {
    expect(overlaps(task(90, 20), { start: 100, end: 200 }, 1000)).toBe(true);
    expect(overlaps(task(190, 60), { start: 100, end: 200 }, 1000)).toBe(true);
    expect(overlaps(task(200, 60), { start: 100, end: 200 }, 1000)).toBe(false);
    expect(overlaps(task(30, 60), { start: 100, end: 200 }, 1000)).toBe(false);
    expect(overlaps(task(900, 60), { start: 100, end: null }, 1000)).toBe(true);
    expect(overlaps(task(1000, 60), { start: 100, end: null }, 1000)).toBe(false);
  });

  it('counts only tasks over the threshold inside a training span, with the longest', () => {
    const tasks = [task(0, 90), task(150, 80), task(400, 51), task(500, 120), task(700, 50)];
    const spans = [
      { start: 100, end: 450 },
      { start: 650, end: null },
    ];
    const s = longTasksDuring(tasks, spans, 800);
    expect(s.count).toBe(2); // 150+80 and 400+51; 0+90 was loading, 500+120 a pause, 700+50 not over 50
    expect(s.maxMs).toBe(80);
    expect(s.tasks.map((t) => t.startMs)).toEqual([150, 400]);
  });

  it('nothing during training: count 0, max 0', () => {
    expect(longTasksDuring([task(0, 400)], [{ start: 500, end: 900 }], 1000)).toEqual({
      count: 0,
      maxMs: 0,
      tasks: [],
    });
    expect(longTasksDuring([task(0, 400)], [], 1000).count).toBe(0);
  });
});
