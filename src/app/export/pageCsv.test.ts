import { describe, expect, it } from 'vitest';
import { ARMS, iteration } from '../../formats/sessionFile/testRun.testing';
import type { ArmSeries } from '../run/history';
import { csvCell, csvColumns, ERROR_COLUMNS, metricsCsv } from './pageCsv';

/** RFC 4180 reader, enough for the tests: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  expect(cell === '' && row.length === 0, 'the text ends with CRLF').toBe(true);
  return rows;
}

describe('metricsCsv', () => {
  const rows = parseCsv(metricsCsv({ arms: ARMS }, { seed: 7 }));
  const [header, ...body] = rows;
  const record = (r: string[]) => Object.fromEntries(header.map((h, i) => [h, r[i]]));

  it('starts with the CLI columns, in its order, then the per-level accuracies', () => {
    expect(header.slice(0, 22)).toEqual(
      'seed,arm,method,iteration,steps,loss,grad_norm,rollout_entropy,right,wrong,kept_questions,drawn,dropped_all_right,dropped_all_wrong,sample_ms,update_ms,eval_greedy,eval_sampled,eval_pass_at_k,eval_entropy,answers_seen,compute_s'.split(
        ',',
      ),
    );
    expect(header.slice(22)).toEqual([
      'eval_k',
      'eval_all_right',
      'eval_all_wrong',
      'eval_mixed',
      'error_none',
      'error_truncated',
      'error_unparsable',
      'error_wrong_step',
      'error_wrong_final',
      'flipped_marks',
      'abs_log_ratio',
      'abs_log_ratio_last',
      'eval_greedy_add1',
      'eval_greedy_add2',
      'eval_sampled_add1',
      'eval_sampled_add2',
    ]);
    expect(header).toEqual(csvColumns(['add1', 'add2']));
    for (const r of body) expect(r).toHaveLength(header.length);
  });

  it('one row per arm and iteration, plus the base evaluation as iteration 0', () => {
    expect(body.map((r) => `${r[1]}:${r[3]}`)).toEqual(['nft:0', 'nft:1', 'nft:2', 'rft:0', 'rft:1']);
  });

  it('joins an iteration with the evaluation taken after it', () => {
    const base = record(body[0]);
    expect(base).toMatchObject({ seed: '7', method: 'nft', loss: '', eval_greedy: '0.5', answers_seen: '0' });
    const first = record(body[1]);
    expect(first).toMatchObject({ loss: '0.5', sample_ms: '12.3', update_ms: '6.8', eval_greedy: '' });
    const second = record(body[2]);
    expect(second).toMatchObject({
      steps: '2',
      grad_norm: '1.25',
      rollout_entropy: '0.75',
      eval_greedy: '0.75',
      eval_sampled: '0.375',
      eval_pass_at_k: '0.75',
      eval_entropy: '0.4',
      answers_seen: '16',
      compute_s: '3',
      eval_k: '4',
      eval_mixed: '0.25',
      eval_greedy_add1: '1',
      eval_greedy_add2: '0.75',
      eval_sampled_add2: '0.25',
    });
    expect(record(body[4]).loss).toBe('NaN');
  });

  it('leaves the seed empty without settings, and writes just a header for no arms', () => {
    expect(parseCsv(metricsCsv({ arms: ARMS }))[1][0]).toBe('');
    expect(metricsCsv({ arms: [] })).toBe(`${csvColumns([]).join(',')}\r\n`);
  });

  it('quotes a field with a comma, a quote or a line break (RFC 4180)', () => {
    expect(csvCell('nft')).toBe('nft');
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
    const odd = [{ ...ARMS[1], name: 'rft, "odd"\nname' }];
    expect(parseCsv(metricsCsv({ arms: odd }))[1][1]).toBe('rft, "odd"\nname');
  });

  it('writes the error kinds and flipped marks of each iteration, empty for SFT and the base row', () => {
    const errors = { none: 5, truncated: 1, unparsable: 0, wrong_step: 2, wrong_final: 4 };
    const arms: ArmSeries[] = [
      { ...ARMS[0], iterations: [{ ...iteration(0), errors, flipped: 3 }, iteration(1)] },
      { ...ARMS[1], name: 'sft', method: 'sft', iterations: [iteration(0)] },
    ];
    const [head, ...rs] = parseCsv(metricsCsv({ arms }));
    const at = (r: string[]) => Object.fromEntries(ERROR_COLUMNS.map((c) => [c, r[head.indexOf(c)]]));
    expect(at(rs[1])).toEqual({
      error_none: '5',
      error_truncated: '1',
      error_unparsable: '0',
      error_wrong_step: '2',
      error_wrong_final: '4',
      flipped_marks: '3',
    });
    const empty = Object.fromEntries(ERROR_COLUMNS.map((c) => [c, '']));
    expect(at(rs[0])).toEqual(empty); // iteration 0: the base evaluation, nothing sampled
    expect(at(rs[2])).toEqual(empty); // an iteration without error counts
    expect(rs[4][2]).toBe('sft');
    expect(at(rs[4])).toEqual(empty);
  });

  it('writes how far off policy each update ran, empty where it was not measured', () => {
    const arms: ArmSeries[] = [
      {
        ...ARMS[0],
        iterations: [{ ...iteration(0), absLogRatio: 0.0625, absLogRatioLast: 0.125 }, iteration(1)],
      },
    ];
    const [head, ...rs] = parseCsv(metricsCsv({ arms }));
    const at = (r: string[]) => [r[head.indexOf('abs_log_ratio')], r[head.indexOf('abs_log_ratio_last')]];
    expect(at(rs[1])).toEqual(['0.0625', '0.125']);
    expect(at(rs[0])).toEqual(['', '']); // the base evaluation
    expect(at(rs[2])).toEqual(['', '']); // a record from before the drift was measured
  });
});
