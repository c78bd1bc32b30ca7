import { describe, expect, it } from 'vitest';
import { labelledRollout } from './labelledRollout';
import { mergeLabelBatches } from './merge';
import type { LabelBatch, LabelRecord } from './record';
import { byQuestion } from './summary';

function record(batch: string, question: number, answer: number, right: boolean): LabelRecord {
  return {
    id: `${batch}:${question}:${answer}`,
    question,
    answer,
    prompt: `${batch} q${question}=`,
    level: 'add1',
    gold: '2',
    result: 2,
    output: right ? '2' : '3',
    tokens: [5, 6],
    truncated: false,
    verifierMark: right,
    error: right ? 'none' : 'wrong_final',
    personMark: null,
  };
}

function batch(id: string, model: string, marks: boolean[][]): LabelBatch {
  return {
    id,
    model,
    seed: id.length,
    K: marks[0].length,
    temperature: 1,
    createdAt: `2026-01-0${id.length}T00:00:00.000Z`,
    records: marks.flatMap((qs, q) => qs.map((m, a) => record(id, q, a, m))),
  };
}

describe('mergeLabelBatches', () => {
  const a = batch('b1', 'base', [
    [true, false],
    [true, true],
  ]);
  const b = batch('b22', 'base', [
    [false, false, true],
    [true, false, false],
    [false, false, false],
  ]);

  it('returns a single batch as it is, and refuses none', () => {
    expect(mergeLabelBatches([a])).toBe(a);
    expect(() => mergeLabelBatches([])).toThrow('no labelled batches');
  });

  it('keeps every record, numbers the questions on, and takes the latest batch sampling fields', () => {
    const m = mergeLabelBatches([a, b]);
    expect(m.records.map((r) => r.id)).toEqual([...a.records, ...b.records].map((r) => r.id));
    expect(byQuestion(m.records).map((g) => [g.question, g.prompt, g.records.length])).toEqual([
      [0, 'b1 q0=', 2],
      [1, 'b1 q1=', 2],
      [2, 'b22 q0=', 3],
      [3, 'b22 q1=', 3],
      [4, 'b22 q2=', 3],
    ]);
    expect([m.id, m.model, m.seed, m.K, m.createdAt]).toEqual(['b1+b22', 'base', 3, 3, b.createdAt]);
    expect(a.records[0].question).toBe(0); // the inputs are not changed
    expect(b.records[3].question).toBe(1);
  });

  it('trains on the questions of every batch, filtered as one rollout', () => {
    const r = labelledRollout(mergeLabelBatches([a, b]), true);
    expect(r.drawn).toBe(5);
    expect(r.droppedAllRight).toBe(1);
    expect(r.droppedAllWrong).toBe(1);
    expect(r.groups.map((g) => g.question.prompt)).toEqual(['b1 q0=', 'b22 q0=', 'b22 q1=']);
  });

  it('names every model that sampled', () => {
    const c = { ...b, model: 'nft @ iteration 20' };
    expect(mergeLabelBatches([a, c]).model).toBe('base, nft @ iteration 20');
  });
});
