import { describe, expect, it } from 'vitest';
import type { AttendeeView, RoomView } from '../../formats/classRoom/roomMessages';
import { classFigures, roomCsv } from './classStats';

function attendee(seed: number, name: string, rows: [number, number, number][]): AttendeeView {
  return {
    id: seed.toString(16).padStart(32, '0'),
    name,
    seed,
    joined: '',
    results: rows.map(([iteration, nft, rft]) => ({
      iteration,
      arms: [
        { name: 'nft', method: 'nft', greedy: nft, sampled: nft / 2, entropy: 0.5 },
        { name: 'rft', method: 'rft', greedy: rft, sampled: rft / 2, entropy: null },
      ],
    })),
  };
}

const room: RoomView = {
  code: 'abcdefghjk',
  created: '',
  settings: '#preset=tiny',
  attendees: [
    attendee(1, 'Ann', [
      [0, 0.1, 0.1],
      [2, 0.32, 0.3],
    ]),
    attendee(2, '=cmd()', [
      [0, 0.1, 0.1],
      [2, 0.29, 0.3],
      [4, 0.33, 0.3],
    ]),
    attendee(3, '', [[0, 0.1, 0.1]]),
  ],
};

describe('class figures', () => {
  it("pairs each attendee's NFT and RFT at their latest iteration, in points", () => {
    const f = classFigures(room, 'greedy', 'latest');
    expect(f.dots.map((d) => [d.seed, d.iteration, d.diff])).toEqual([
      [1, 2, 2],
      [2, 4, 3],
      [3, 0, 0],
    ]);
    expect(f.summary.n).toBe(3);
    expect(f.summary.mean).toBeCloseTo(5 / 3, 10);
    expect([f.summary.aAhead, f.summary.bAhead, f.summary.ties]).toEqual([2, 0, 1]);
    expect(f.iterations).toEqual([0, 2, 4]);
  });

  it('at one iteration, counts only the attendees who reached it', () => {
    const f = classFigures(room, 'greedy', 2);
    expect(f.dots.map((d) => d.diff)).toEqual([2, -1]);
    // Differences 2 and -1: mean 0.5, sd 2.1213, t(0.975, 1) = 12.706: half-width 19.06.
    expect(f.summary.halfWidth).toBeCloseTo(19.06, 1);
    expect([f.summary.aAhead, f.summary.bAhead]).toEqual([1, 1]);
    expect(classFigures(room, 'sampled', 2).dots.map((d) => d.diff)).toEqual([1, -0.5]);
  });

  it('writes every result as CSV, a name that looks like a formula neutralised', () => {
    const lines = roomCsv(room).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'room,attendee,name,seed,iteration,arm,method,greedy_accuracy,sampled_accuracy,entropy',
    );
    expect(lines.length).toBe(1 + 2 * (2 + 3 + 1));
    expect(lines.find((l) => l.includes('cmd'))).toContain(",'=cmd(),");
    expect(lines[2]).toMatch(/,rft,rft,0\.1,0\.05,$/);
  });
});
