import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { effectiveMark, type LabelBatch, type LabelRecord } from './record';
import { VERL_DATA_SOURCE, verlJsonl, verlParquet, verlRows } from './verl';

function record(batch: string, q: number, a: number, over: Partial<LabelRecord>): LabelRecord {
  return {
    id: `${batch}:${q}:${a}`,
    question: q,
    answer: a,
    prompt: q === 0 ? '12+34=' : '5+7-3=',
    level: q === 0 ? 'add2' : 'chain1x3',
    gold: q === 0 ? '46' : '5+7=12;12-3=9',
    result: q === 0 ? 46 : 9,
    output: '46',
    tokens: [1, 2, 3],
    truncated: false,
    verifierMark: true,
    error: 'none',
    personMark: null,
    ...over,
  };
}

const batches: LabelBatch[] = [
  {
    id: 'b1',
    model: 'base',
    seed: 123456789,
    K: 2,
    temperature: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    records: [
      record('b1', 0, 0, {}),
      record('b1', 0, 1, { output: '47', verifierMark: false, error: 'wrong_final', personMark: true }),
      record('b1', 1, 0, {
        output: '5+7=13;13-3=10',
        verifierMark: false,
        error: 'wrong_step',
        badStep: 1,
        personMark: false,
      }),
      record('b1', 1, 1, { output: '5+7=12;12-3', truncated: true, verifierMark: false, error: 'truncated' }),
    ],
  },
  {
    id: 'b2',
    model: 'nft @ iteration 20',
    seed: 7,
    K: 1,
    temperature: 0.5,
    createdAt: '2026-01-01T00:01:00.000Z',
    records: [
      record('b2', 0, 0, { output: 'x"y,é', verifierMark: false, error: 'unparsable', personMark: false }),
    ],
  },
];

const all = batches.flatMap((b) => b.records.map((r) => ({ b, r })));

/** Reads hyparquet's INT64 (BigInt) back as numbers so rows compare with the JSON ones. */
function plain(v: unknown): unknown {
  return JSON.parse(JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? Number(x) : x)));
}

describe('verl rows', () => {
  it('are one per labelled answer, in the layout of verl gsm8k.py, with both marks kept', () => {
    const rows = verlRows(batches);
    expect(rows).toHaveLength(5);
    rows.forEach((row, i) => {
      const { b, r } = all[i];
      expect(row.data_source).toBe(VERL_DATA_SOURCE);
      expect(row.ability).toBe('math');
      expect(row.prompt).toEqual([{ role: 'user', content: r.prompt }]);
      expect(row.reward_model).toEqual({ style: 'rule', ground_truth: String(r.result) });
      const e = row.extra_info;
      expect(e.index).toBe(i);
      expect(e.record_id).toBe(r.id);
      expect(e.batch_id).toBe(b.id);
      expect(e.model).toBe(b.model);
      expect(e.question).toBe(r.prompt);
      expect(e.answer).toBe(r.output);
      expect(e.gold).toBe(r.gold);
      expect(e.mark).toBe(effectiveMark(r));
      expect(e.verifier_mark).toBe(r.verifierMark);
      expect(e.person_mark).toBe(r.personMark);
      expect(e.error).toBe(r.error);
      expect(e.bad_step).toBe(r.badStep ?? null);
    });
    // The person's mark wins over the verifier's: a wrong_final answer the person accepted is marked right.
    expect(rows[1].extra_info).toMatchObject({ mark: true, verifier_mark: false, person_mark: true });
    expect(rows[0].extra_info).toMatchObject({ mark: true, verifier_mark: true, person_mark: null });
  });

  it('as JSONL: one JSON object per line that parses back to the rows', () => {
    const text = verlJsonl(verlRows(batches));
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines.map((l) => JSON.parse(l))).toEqual(verlRows(batches));
  });

  it('as Parquet: hyparquet reads back every row, nested columns included', async () => {
    const rows = verlRows(batches);
    const file = verlParquet(rows);
    const back = await parquetReadObjects({ file });
    expect(back).toHaveLength(rows.length);
    expect(back.map(plain)).toEqual(plain(rows));
    // The marks as hyparquet sees them, against the records themselves (not the rows).
    expect(back.map((r) => [r.extra_info.record_id, r.extra_info.mark, r.extra_info.person_mark])).toEqual(
      all.map(({ r }) => [r.id, effectiveMark(r), r.personMark]),
    );
  });

  it('as Parquet: the schema is the one pandas writes for verl datasets (list of structs, structs)', () => {
    const file = verlParquet(verlRows(batches));
    const schema = parquetSchema(parquetMetadata(file));
    const top = schema.children.map((c) => c.element.name);
    expect(top).toEqual(['data_source', 'prompt', 'ability', 'reward_model', 'extra_info']);
    const prompt = schema.children[1];
    expect(prompt.element.converted_type).toBe('LIST');
    expect(prompt.children[0].element.repetition_type).toBe('REPEATED');
    expect(prompt.children[0].children[0].children.map((c) => c.element.name)).toEqual(['role', 'content']);
    const extra = schema.children[4].children.map((c) => [c.element.name, c.element.type]);
    expect(extra).toContainEqual(['index', 'INT64']);
    expect(extra).toContainEqual(['person_mark', 'BOOLEAN']);
    expect(extra).toContainEqual(['answer', 'BYTE_ARRAY']);
  });

  it('refuses to write an empty Parquet file', () => {
    expect(() => verlParquet([])).toThrow(/no labelled answers/);
  });
});
