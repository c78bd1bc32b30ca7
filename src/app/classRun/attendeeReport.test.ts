import { describe, expect, it } from 'vitest';
import type { ArmSeries } from '../run/history';
import { resultsOf } from './attendeeReport';
import { roomInLink, withRoom } from './roomLink';

function arm(name: string, method: 'nft' | 'rft', evals: number[], entropies: number[]): ArmSeries {
  return {
    name,
    method,
    loss: {} as ArmSeries['loss'],
    iterations: entropies.map((entropy, i) => ({ iteration: i, entropy }) as ArmSeries['iterations'][number]),
    evals: evals.map((iteration) => ({
      iteration,
      answersSeen: 0,
      computeSeconds: 0,
      eval: { greedy: { accuracy: iteration / 10 }, sampled: { accuracy: iteration / 20 } },
    })) as ArmSeries['evals'],
  };
}

describe('what an attendee reports', () => {
  it('one result per iteration that every arm has evaluated, with each arm’s entropy at it', () => {
    const results = resultsOf([
      arm('nft', 'nft', [0, 1, 2], [0.9, 0.8]),
      arm('rft', 'rft', [0, 1], [0.7, Number.NaN]),
    ]);
    expect(results.map((r) => r.iteration)).toEqual([0, 1]);
    expect(results[1].arms).toEqual([
      { name: 'nft', method: 'nft', greedy: 0.1, sampled: 0.05, entropy: 0.9 },
      { name: 'rft', method: 'rft', greedy: 0.1, sampled: 0.05, entropy: 0.7 },
    ]);
    // No entropy at the base evaluation (iteration 0), nor a diverged one.
    expect(results[0].arms.map((a) => a.entropy)).toEqual([null, null]);
    expect(resultsOf([arm('rft', 'rft', [0, 1, 2], [0.7, Number.NaN])])[2].arms[0].entropy).toBeNull();
    // Nothing but these fields: a few hundred bytes per evaluation.
    expect(JSON.stringify(results[1]).length).toBeLessThan(300);
  });
});

describe('the room in a link', () => {
  it('reads ?room= only when it is a room code, and sets or clears it beside the hash', () => {
    expect(roomInLink('http://h:4173/?room=abcdefghjk#preset=tiny')).toBe('abcdefghjk');
    expect(roomInLink('http://h:4173/?room=../../x#preset=tiny')).toBeNull();
    expect(roomInLink('http://h:4173/#room=abcdefghjk')).toBeNull();
    expect(withRoom('http://h:4173/?present#preset=tiny&seed=3', 'abcdefghjk')).toBe(
      'http://h:4173/?present=&room=abcdefghjk#preset=tiny&seed=3',
    );
    expect(withRoom('http://h:4173/?room=abcdefghjk#x', null)).toBe('http://h:4173/#x');
  });
});
