import { describe, expect, it } from 'vitest';
import { cpuWithin, interactionStats } from './interactions';

const ev = (interactionId: number, duration: number, name = 'click', startTime = 0) => ({
  name,
  interactionId,
  duration,
  startTime,
});

describe('interactionStats', () => {
  it("an interaction lasts as long as its longest event; events of no interaction don't count", () => {
    const s = interactionStats(
      [ev(1, 24, 'pointerdown'), ev(1, 40), ev(2, 16, 'keydown'), ev(0, 500, 'mousemove')],
      2,
    );
    expect(s).toMatchObject({ n: 2, reported: 2, wall: { p95: 40, max: 40 } });
    expect(s.slowest?.duration).toBe(40);
  });

  it('interactions under the threshold count as fast ones in the 95th percentile', () => {
    // 40 interactions, 2 of them slow: the 95th percentile (the 38th) is a fast one.
    expect(interactionStats([ev(1, 150), ev(2, 120)], 40)).toMatchObject({
      n: 40,
      wall: { p95: 0, max: 150 },
    });
    // 10 interactions, 2 slow: the 95th percentile is the 10th, the slowest.
    expect(interactionStats([ev(1, 150), ev(2, 120)], 10).wall.p95).toBe(150);
    expect(interactionStats([], 0)).toMatchObject({ n: 0, wall: { p95: 0, max: 0 }, slowest: null });
  });

  it("the main thread's CPU inside each interaction's window, from the trace's tasks", () => {
    const tasks = [
      { startMs: 100, wallMs: 200, cpuMs: 20 }, // mostly waiting for a core
      { startMs: 400, wallMs: 100, cpuMs: 90 },
    ];
    expect(cpuWithin(tasks, 0, 200)).toBeCloseTo(10, 9); // half of the first task
    expect(cpuWithin(tasks, 0, 1000)).toBeCloseTo(110, 9);
    const s = interactionStats([ev(1, 300, 'pointerdown', 100), ev(2, 100, 'keydown', 400)], 2, tasks);
    expect(s.wall).toEqual({ p95: 300, max: 300 });
    expect(s.cpu.max).toBeCloseTo(90, 9);
    expect(s.slowest?.cpuMs).toBeCloseTo(20, 9);
  });
});
