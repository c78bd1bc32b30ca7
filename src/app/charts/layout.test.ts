import { describe, expect, it } from 'vitest';
import { gridLayout } from './layout';

describe('gridLayout', () => {
  it('puts the arms side by side, 240-480 px each, when they fit', () => {
    expect(gridLayout(1216, 2)).toEqual({ columns: 2, width: 480 });
    expect(gridLayout(600, 2)).toEqual({ columns: 2, width: 294 });
    expect(gridLayout(492, 2)).toEqual({ columns: 2, width: 240 });
    expect(gridLayout(1216, 4)).toEqual({ columns: 4, width: 295 });
  });

  it('wraps the arms into fewer columns when they do not, never wider than the window', () => {
    expect(gridLayout(491, 2)).toEqual({ columns: 1, width: 480 });
    expect(gridLayout(326, 2)).toEqual({ columns: 1, width: 326 });
    expect(gridLayout(600, 3)).toEqual({ columns: 2, width: 294 });
    expect(gridLayout(1000, 6)).toEqual({ columns: 4, width: 241 });
  });

  it('keeps one column of at least 160 px for a window narrower than that, and with no arms', () => {
    expect(gridLayout(100, 2)).toEqual({ columns: 1, width: 160 });
    expect(gridLayout(640, 0)).toEqual({ columns: 1, width: 480 });
  });
});
