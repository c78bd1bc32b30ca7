import { describe, expect, it } from 'vitest';
import { CursorSync, nearestX } from './cursorSync';

describe('CursorSync', () => {
  it('tells listeners where the pointer is, once per change, and when it leaves', () => {
    const sync = new CursorSync();
    const a = {};
    const b = {};
    let heard = 0;
    const stop = sync.subscribe(() => heard++);
    sync.hover('metrics', a, 3);
    expect(sync.get()).toEqual({ group: 'metrics', source: a, x: 3 });
    sync.hover('metrics', a, 3);
    expect(heard).toBe(1);
    sync.hover('metrics', a, 4);
    expect(heard).toBe(2);
    // A leave of a chart the pointer is not over changes nothing (the pointer went from b to a).
    sync.leave(b);
    expect(sync.get()?.x).toBe(4);
    sync.leave(a);
    expect(sync.get()).toBeNull();
    expect(heard).toBe(3);
    stop();
    sync.hover('metrics', b, 1);
    expect(heard).toBe(3);
  });
});

describe('nearestX', () => {
  it("snaps to the chart's own nearest x", () => {
    expect(nearestX([0, 1, 2, 5], 3.2)).toBe(2);
    expect(nearestX([0, 1, 2, 5], 4)).toBe(5);
    expect(nearestX([], 4)).toBeNull();
  });
});
