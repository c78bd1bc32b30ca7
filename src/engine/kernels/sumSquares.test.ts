import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { relError, runWith, seeded, startWebGpu } from '../../node/gpuTest';
import { globalNorm } from './sumSquares';

describe('global norm on WebGPU', () => {
  it('equals the tfjs ops over 1, 6, 7 and 13 tensors of mixed shapes', async () => {
    if (!(await startWebGpu())) return;
    const shapes = [
      [3],
      [17, 5],
      [700],
      [2, 3, 4],
      [1],
      [64, 9],
      [5, 5],
      [300],
      [1, 1],
      [33],
      [8, 8],
      [2],
      [257],
    ];
    for (const k of [1, 6, 7, 13]) {
      const make = () =>
        shapes.slice(0, k).map((s, i) =>
          tf.tensor(
            seeded(
              s.reduce((a, b) => a * b, 1),
              10 + i,
              2,
            ),
            s,
          ),
        );
      const [[fused], [plain]] = [
        await runWith(true, () => globalNorm(make())),
        await runWith(false, () => globalNorm(make())),
      ];
      expect(fused.length).toBe(1);
      expect(relError(fused, plain)).toBeLessThan(1e-5);
      let sum = 0;
      for (const [i, s] of shapes.slice(0, k).entries())
        for (const x of seeded(
          s.reduce((a, b) => a * b, 1),
          10 + i,
          2,
        ))
          sum += x * x;
      expect(Math.abs(fused[0] - Math.sqrt(sum)) / Math.sqrt(sum)).toBeLessThan(1e-5);
    }
  });
});
