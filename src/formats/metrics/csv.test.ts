import { describe, expect, it } from 'vitest';
import { ARMS } from '../sessionFile/testRun.testing';
import { csvCell, csvColumns, writeMetricsCsv } from './csv';

describe('spreadsheet formula injection (OWASP): neutralised in the one CSV writer', () => {
  it('puts a single quote before text that starts with = + - @, tab or CR', () => {
    expect(csvCell('=2+5')).toBe("'=2+5");
    expect(csvCell("@SUM(1+1)*cmd|' /C calc'!A0")).toBe("'@SUM(1+1)*cmd|' /C calc'!A0");
    expect(csvCell('+cmd')).toBe("'+cmd");
    expect(csvCell('-2+3+cmd')).toBe("'-2+3+cmd");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\r=1')).toBe(`"'\r=1"`); // quoted too: it holds a CR
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it('leaves numbers, and text that is a plain number, as they are', () => {
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell(Number.NEGATIVE_INFINITY)).toBe('-Infinity');
    expect(csvCell('-0.5')).toBe('-0.5');
    expect(csvCell('+1e-3')).toBe('+1e-3');
    expect(csvCell('nft')).toBe('nft');
    expect(csvCell('a=b')).toBe('a=b');
  });

  it("writes a hostile arm name as text in both the page's and the CLI's file", () => {
    const arms = [{ ...ARMS[1], name: '=2+5' }];
    for (const profile of ['page', 'cli'] as const) {
      const [, first] = writeMetricsCsv([{ seed: 1, arms }], profile).split(/\r?\n/);
      expect(first.split(',')[1]).toBe("'=2+5");
    }
  });
});

describe('one writer, two profiles', () => {
  it("the CLI's columns are the page's, in the same order, without the page's own", () => {
    const page = csvColumns(['add1']);
    const cli = csvColumns([], 'cli');
    expect(page.filter((c) => cli.includes(c))).toEqual(cli);
    expect(page.filter((c) => !cli.includes(c))).toEqual([
      'eval_k',
      'eval_all_right',
      'eval_all_wrong',
      'eval_mixed',
      'eval_greedy_add1',
      'eval_sampled_add1',
    ]);
  });

  it('writes CRLF for the page and LF for the CLI, one row per arm and iteration, runs after each other', () => {
    const page = writeMetricsCsv([{ seed: 1, arms: ARMS }]);
    expect(page.split('\r\n')).toHaveLength(1 + 5 + 1);
    const cli = writeMetricsCsv(
      [
        { seed: 1, arms: ARMS },
        { seed: 2, arms: ARMS },
      ],
      'cli',
    );
    expect(cli).not.toContain('\r');
    const rows = cli.trimEnd().split('\n').slice(1);
    expect(rows.map((r) => r.split(',').slice(0, 4).join(':'))).toEqual([
      ...['1:nft:nft:0', '1:nft:nft:1', '1:nft:nft:2', '1:rft:rft:0', '1:rft:rft:1'],
      ...['2:nft:nft:0', '2:nft:nft:1', '2:nft:nft:2', '2:rft:rft:0', '2:rft:rft:1'],
    ]);
  });
});
