import { describe, expect, it } from 'vitest';
import type { ArmSeries } from '../../formats/sessionFile/schema';
import { ownGap, signedPoints } from './yourRun';

const arm = (name: string, evals: [number, number, number][]) =>
  ({
    name,
    method: name,
    evals: evals.map(([iteration, greedy, sampled]) => ({
      iteration,
      eval: { greedy: { accuracy: greedy }, sampled: { accuracy: sampled } },
    })),
  }) as unknown as ArmSeries;

describe("the attendee's own NFT − RFT", () => {
  it('is taken at the latest iteration both arms have evaluated, in points', () => {
    const g = ownGap([
      arm('nft', [
        [0, 0.4, 0.3],
        [10, 0.45, 0.35],
        [20, 0.5, 0.4],
      ]),
      arm('rft', [
        [0, 0.4, 0.3],
        [10, 0.42, 0.36],
      ]),
    ]);
    expect(g?.iteration).toBe(10);
    expect(g?.greedy).toBeCloseTo(3, 9);
    expect(g?.sampled).toBeCloseTo(-1, 9);
  });

  it('is null before training: at iteration 0 both arms are the same base model', () => {
    expect(ownGap([arm('nft', [[0, 0.4, 0.3]]), arm('rft', [[0, 0.4, 0.3]])])).toBeNull();
    expect(
      ownGap([
        arm('nft', [
          [0, 0.4, 0.3],
          [10, 0.45, 0.35],
        ]),
        arm('rft', [[0, 0.4, 0.3]]),
      ]),
    ).toBeNull();
  });

  it('is null without both arms', () => {
    expect(ownGap([arm('nft', [[0, 0.4, 0.3]])])).toBeNull();
    expect(ownGap([])).toBeNull();
  });

  it('prints a sign and one decimal, and never "-0.0"', () => {
    expect([signedPoints(2.26), signedPoints(-0.44), signedPoints(-0.01), signedPoints(0)]).toEqual([
      '+2.3',
      '-0.4',
      '0.0',
      '0.0',
    ]);
  });
});
