import { describe, expect, it } from 'vitest';
import type { LabelBatch, LabelRecord } from '../../engine/labels/record';
import { mergeLabels } from './mergeLabels';

const rec = (batch: string, i: number, personMark: boolean | null): LabelRecord => ({
  id: `${batch}:0:${i}`,
  question: 0,
  answer: i,
  prompt: '1+1=',
  level: 'add1',
  gold: '2',
  result: 2,
  output: '2',
  tokens: [1],
  truncated: false,
  verifierMark: true,
  error: 'none',
  personMark,
});
const batch = (id: string, marks: (boolean | null)[]): LabelBatch => ({
  id,
  model: 'base',
  seed: 1,
  K: marks.length,
  temperature: 1,
  createdAt: '2026-01-01T00:00:00Z',
  records: marks.map((m, i) => rec(id, i, m)),
});
const marks = (bs: LabelBatch[]) => bs.map((b) => [b.id, ...b.records.map((r) => r.personMark)]);

describe('merging two tabs’ labels', () => {
  it('keeps the marks the other tab saved after this one opened, and its batches this tab lacks', () => {
    const mine = [batch('b1', [true, null, null])];
    const saved = [batch('b1', [true, false, true]), batch('b2', [null, false])];
    const m = mergeLabels(mine, saved);
    expect(marks(m.batches)).toEqual([
      ['b1', true, false, true],
      ['b2', null, false],
    ]);
    expect(m).toMatchObject({ adopted: 3, conflicts: 0 });
  });

  it('keeps this tab’s mark where both marked an answer differently, and counts it', () => {
    const m = mergeLabels([batch('b1', [true, false])], [batch('b1', [false, false])]);
    expect(marks(m.batches)).toEqual([['b1', true, false]]);
    expect(m).toMatchObject({ adopted: 0, conflicts: 1 });
  });

  it('is this tab’s labels when nothing else was saved, the saved ones when this tab has none', () => {
    const mine = [batch('b1', [true])];
    expect(mergeLabels(mine, []).batches[0]).toBe(mine[0]);
    expect(marks(mergeLabels([], mine).batches)).toEqual([['b1', true]]);
  });
});
